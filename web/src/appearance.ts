// Sizes (the chosen measure), colours (community or kind), their two choosers and the legend that explains them.

import { TABLE_MEASURES, type Analyses } from "./analyses";
import type { Communities } from "./api";
import { byId, h } from "./dom";
import { DOCUMENT_KIND } from "./graph";
import type { Scene } from "./loading";
import { legendItems } from "./legend";
import { communityColors, kindColor, largest, OTHER_COLOR, sizeRange, sizeScale } from "./scales";
import type { AttributeInfo, MeasureInfo } from "./api";
import { DEFAULT_STATE, filterQuery } from "./state";
import type { Store } from "./store";
import type { View } from "./view";

export interface Appearance {
  /** Sizes and colours the current graph; resolves when done, or at once when the signal aborts. */
  paint(signal?: AbortSignal): Promise<void>;
}

/**
 * @param measures what node size can show besides the actors' number attributes: the service's scores (group numbers
 * such as communities cannot size a node)
 */
export function appearance(scene: Store<Scene>, view: View, analyses: Analyses, measures: readonly MeasureInfo[]): Appearance {
  const legend = byId("legend");
  const measure = byId<HTMLSelectElement>("measure");
  const color = byId<HTMLSelectElement>("color");
  let sizeNote = "";
  let colorNote = "";
  let communities: Communities["communities"] | null = null;

  const sizes = async (signal?: AbortSignal) => {
    const { graph } = scene.get();
    const state = view.get();
    let values: Map<string, number | null>;
    sizeNote = "";
    try {
      const measure = await analyses.measure(state.measure, filterQuery(state));
      values = new Map([...measure].map(([id, m]) => [id, m.value]));
      if (isAttribute(state.measure)) {
        const without = graph.filterNodes((key, a) => a.kind !== DOCUMENT_KIND && values.get(key) == null).length;
        if (without > 0) sizeNote = `${without.toLocaleString("en")} of ${graph.order.toLocaleString("en")} actors in view have no ${state.measure}: they get the smallest size.`;
      }
    } catch (e) {
      if (signal?.aborted) return;
      // The number of relations in view still says who is central.
      values = new Map(graph.nodes().map((n) => [n, graph.degree(n)]));
      sizeNote = `Could not compute ${state.measure}: ${(e as Error).message}. Sizes show each node's relations in view.`;
    }
    if (signal?.aborted || graph !== scene.get().graph) return;
    const [min, max] = sizeRange(graph.order);
    const scale = sizeScale(values.values(), min, max);
    const sized = graph.mapNodes((key): [string, number] => [key, scale(values.get(key))]);
    const labelled = largest(sized, graph.order <= 40 ? graph.order : Math.min(15, Math.ceil(graph.order / 4)));
    const sizeOf = new Map(sized);
    // One pass, so the drawing is redone once.
    graph.updateEachNodeAttributes((key, a) => {
      a.size = sizeOf.get(key)!;
      a.forceLabel = labelled.has(key);
      return a;
    }, { attributes: ["size", "forceLabel"] });
    renderLegend();
  };

  const colors = async (signal?: AbortSignal) => {
    const state = view.get();
    colorNote = "";
    communities = null;
    let colorOf: (key: string, kind: string | null) => string = (_k, kind) => kindColor(kind);
    if (state.color === "community") {
      try {
        const result = await analyses.communities(filterQuery(state));
        const palette = communityColors(result.communities.map((c) => ({ id: c.id, size: c.members.length })));
        const communityOf = new Map(result.communities.flatMap((c) => c.members.map((m) => [m.id, c.id] as const)));
        communities = result.communities;
        colorOf = (k) => palette.get(communityOf.get(k) ?? -1) ?? OTHER_COLOR;
      } catch (e) {
        if (signal?.aborted) return;
        colorNote = `Could not find communities: ${(e as Error).message}. Colours show the kind of actor.`;
      }
    }
    const { graph } = scene.get();
    if (signal?.aborted) return;
    graph.updateEachNodeAttributes((key, a) => {
      a.color = colorOf(key, a.kind);
      return a;
    }, { attributes: ["color"] });
    renderLegend();
  };

  const isAttribute = (name: string) => !measures.some((m) => m.name === name);

  /** Measures, then the actors' numbers some actor in view holds (and the chosen one, even when none does). */
  const renderChooser = (attributes: readonly AttributeInfo[]) => {
    const chosen = view.get().measure;
    const numbers = attributes.filter((a) => a.kind === "number" && isAttribute(a.name)).map((a) => a.name);
    if (isAttribute(chosen) && !numbers.includes(chosen)) numbers.push(chosen);
    const option = (name: string, title: string) => h("option", { value: name, title, selected: name === chosen }, name);
    measure.replaceChildren(
      h("optgroup", { label: "Measures" }, ...measures.map((m) => option(m.name, m.description))),
      ...(numbers.length > 0 ? [h("optgroup", { label: "Actor data" },
        ...numbers.map((name) => option(name, `${name} as stored with the actors (e.g. an X profile's counts); actors without it get the smallest size`)))] : []));
  };

  const renderLegend = () => {
    const { graph } = scene.get();
    const state = view.get();
    const items = legendItems({
      color: state.color, communities, measure: isAttribute(state.measure) ? `${state.measure} (actor data)` : state.measure, colorNote, sizeNote,
      kinds: graph.mapNodes((_n, a) => a.kind), relations: graph.mapEdges((_e, a) => a.relation),
    });
    legend.replaceChildren(...items.map((item) => item.kind === "key"
      ? h("div", { class: "key" }, h("span", { class: `swatch ${item.line ? "line" : "dot"}`, style: `background:${item.color}` }), h("span", null, item.text))
      : item.kind === "title" ? h("h3", null, item.text) : h("p", { class: item.kind }, item.text)));
  };

  renderChooser([]);
  scene.subscribe(() => void analyses.attributes(filterQuery(view.get())).then(renderChooser, () => renderChooser([])));
  measure.addEventListener("change", () => {
    const { sort } = view.get();
    // The table follows the size measure unless the user sorted by something else.
    view.update({ measure: measure.value, sort: sort === DEFAULT_STATE.sort || !TABLE_MEASURES.includes(sort) ? measure.value : sort });
  });
  color.value = view.get().color;
  color.addEventListener("change", () => view.update({ color: color.value === "kind" ? "kind" : "community" }));
  view.subscribe((s, previous) => {
    if (s.measure !== previous.measure) void sizes();
    if (s.color !== previous.color) void colors();
  });
  return { paint: async (signal) => { await Promise.all([sizes(signal), colors(signal)]); } };
}
