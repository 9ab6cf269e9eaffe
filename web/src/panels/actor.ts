// The actor panel: who the selected actor is, their measures with rank, their neighbourhood and every relation
// with its evidence. It follows the view's actor: set it to open the panel, clear it to close.

import { shownMeasures, type Analyses } from "../analyses";
import { api, type Actor } from "../api";
import { byId, h } from "../dom";
import { labelOf } from "../graph";
import type { Scene } from "../loading";
import { formatValue, groupRelations } from "../relations";
import { relationColor } from "../scales";
import { filterQuery } from "../state";
import { changed, type Store } from "../store";
import type { View } from "../view";
import { actorButton, evidence, radiusButtons, withDocumentTitles } from "./parts";
import { trend } from "./trend";

export interface ActorPanelParts {
  view: View;
  scene: Store<Scene>;
  analyses: Analyses;
  /** Opens another actor (a click on a name). */
  open: (id: string) => void;
  setPathEnd: (end: "from" | "to", id: string) => void;
}

export interface ActorPanel {
  /** Shows an actor (the view's actor when the page opens from a link). */
  show(id: string): void;
  readonly isOpen: boolean;
}

export function actorPanel({ view, scene, analyses, open, setPathEnd }: ActorPanelParts): ActorPanel {
  const panel = byId("panel");
  const body = byId("panel-body");
  let controller: AbortController | null = null;
  const nameOf = (id: string) => labelOf(scene.get().graph, id);

  const close = () => {
    controller?.abort();
    panel.hidden = true;
  };

  const show = async (id: string) => {
    controller?.abort();
    const current = controller = new AbortController();
    panel.hidden = false;
    body.replaceChildren(h("h2", null, nameOf(id)), h("p", { class: "hint" }, "Loading…"));
    const state = view.get();
    const measures = shownMeasures(state.measure);
    // The panel shows as soon as the actor and the relations are in; each measure fills its row when computed
    // (betweenness on a large network takes a while).
    const measured = measures.map((m) => analyses.measure(m, filterQuery(state)));
    const [actor, relations] = await Promise.allSettled([api.actor(id, current.signal), api.relations(id, current.signal)]);
    if (current.signal.aborted) return;
    const graph = scene.get().graph;
    const node = graph.hasNode(id) ? graph.getNodeAttributes(id) : null;
    const info: Actor | null = actor.status === "fulfilled" ? actor.value
      : node ? { id, name: node.name, kind: node.kind, party: node.party, country: node.country } : null;
    if (!info) {
      body.replaceChildren(h("h2", null, id), h("p", { class: "error" }, `Could not load this actor: ${(actor as PromiseRejectedResult).reason?.message}`));
      return;
    }
    const parts: Node[] = [
      h("h2", null, info.name),
      h("p", { class: "chips" }, ...[info.kind, info.party, info.country].filter(Boolean).map((t) => h("span", { class: "chip" }, t!))),
    ];
    const facts: [string, string][] = [["id", info.id]];
    for (const [platform, handle] of Object.entries(info.handles ?? {})) facts.push([platform, handle]);
    // Account metadata (followers_count…) as stored; counts readable, identifiers as they are.
    for (const [key, value] of Object.entries(info.attributes ?? {})) facts.push([key, /^\d{4,15}$/.test(value) && !/id$/i.test(key) ? Number(value).toLocaleString("en") : value]);
    parts.push(h("dl", { class: "facts" }, ...facts.flatMap(([k, v]) => [h("dt", null, k), h("dd", null, v)])));

    // Measures with rank, on the filtered network.
    parts.push(h("h3", null, "Measures"), h("table", { class: "measures" }, h("tbody", null, measures.map((m, i) => {
      const value = h("td", null, "…"), rank = h("td", null, "");
      measured[i].then((r) => {
        const entry = r.get(id);
        value.textContent = formatValue(entry?.value);
        rank.textContent = entry?.rank ? `#${entry.rank} of ${r.size}` : "–";
      }, () => { value.textContent = "could not compute"; });
      return h("tr", { class: m === state.measure ? "current" : "" }, h("th", null, m), value, rank);
    }))));
    parts.push(trend(analyses, state, id, scene.get().timeSteps));

    parts.push(h("div", { class: "actions" },
      h("span", null, "Neighbourhood:"),
      ...radiusButtons((r) => state.ego === id && state.radius === r, (radius) => view.update({ ego: id, radius, actor: id }), (r) => `radius ${r}`),
      h("button", { type: "button", onclick: () => setPathEnd("from", id) }, "Path from here"),
      h("button", { type: "button", onclick: () => setPathEnd("to", id) }, "Path to here")));

    if (relations.status === "fulfilled") {
      const named = await withDocumentTitles(relations.value, nameOf, current.signal);
      if (current.signal.aborted) return;
      const groups = groupRelations(id, relations.value);
      parts.push(h("h3", null, `Relations (${relations.value.length})`));
      if (groups.length === 0) parts.push(h("p", { class: "hint" }, "No relations stored."));
      for (const g of groups) {
        parts.push(h("section", { class: "group" },
          h("h4", null, h("span", { class: "swatch line", style: `background:${relationColor(g.type)}` }),
            g.direction === "out" ? `${g.type} →` : `← ${g.type}`, h("small", null, ` ${g.items.length}`)),
          h("ul", { class: "relations" }, ...g.items.map(({ other, relation }) => h("li", null,
            h("div", { class: "who" }, g.direction === "out" ? "to " : "from ", actorButton(other, nameOf, open)),
            evidence(relation, named))))));
      }
    } else {
      parts.push(h("p", { class: "error" }, `Could not load the relations: ${(relations.reason as Error).message}`));
    }
    body.replaceChildren(...parts);
  };

  view.subscribe((s, previous) => {
    if (!changed(s, previous, ["actor", "measure", "ego", "radius"])) return;
    if (s.actor) void show(s.actor);
    else close();
  });
  byId("panel-close").addEventListener("click", () => view.update({ actor: null }));
  return { show: (id) => void show(id), get isOpen() { return !panel.hidden; } };
}
