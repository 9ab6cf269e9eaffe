// The path finder: the shortest paths between two actors, each step with the relations (and evidence) behind it,
// highlighted in the drawing.

import { api, type Paths } from "../api";
import { byId, h } from "../dom";
import { labelOf, pathEdgeKeys, type ActorGraph } from "../graph";
import type { Scene } from "../loading";
import { relationColor } from "../scales";
import { filterQuery } from "../state";
import type { Store } from "../store";
import type { View } from "../view";
import { actorButton, evidence, withDocumentTitles } from "./parts";
import { attachSuggestions } from "./search";

export interface PathFinderParts {
  view: View;
  scene: Store<Scene>;
  open: (id: string) => void;
  /** Highlights the path's edges in the drawing, or nothing with null. */
  highlight: (edges: Set<string> | null) => void;
}

export interface PathFinder {
  /** Puts an actor at one end; finds the paths when both ends are set, unless find is false. */
  setEnd(end: "from" | "to", id: string, find?: boolean): void;
  clear(): void;
}

export function pathFinder({ view, scene, open, highlight }: PathFinderParts): PathFinder {
  const out = byId("path-results");
  const inputs = { from: byId<HTMLInputElement>("path-from"), to: byId<HTMLInputElement>("path-to") };
  const graph = () => scene.get().graph;
  const nameOf = (id: string) => labelOf(graph(), id);

  const find = async () => {
    const { pathFrom: from, pathTo: to } = view.get();
    if (!from || !to) return;
    const k = Number(byId<HTMLSelectElement>("path-k").value) || 3;
    out.replaceChildren(h("p", { class: "hint" }, "Finding paths…"));
    let result: Paths;
    try {
      result = await api.paths(from, to, k, filterQuery(view.get()));
    } catch (e) {
      out.replaceChildren(h("p", { class: "error" }, `Could not find paths: ${(e as Error).message}`));
      return;
    }
    if (result.paths.length === 0) {
      highlight(null);
      out.replaceChildren(h("p", { class: "hint" }, `No path from ${nameOf(from)} to ${nameOf(to)} with these filters (paths follow the relations' direction).`));
      return;
    }
    highlight(pathEdgeKeys(graph(), result.paths.flatMap((p) => p.steps)));
    // Names from the answer: a path may run through actors the drawing does not show.
    const names = new Map(result.paths.flatMap((p) => p.actors.map((a) => [a.id, a.name] as const)));
    const named = await withDocumentTitles(result.paths.flatMap((p) => p.steps.flatMap((s) => s.relations)),
      (id) => names.get(id) ?? labelOf(graph(), id));
    out.replaceChildren(h("ol", { class: "paths" }, ...result.paths.map((p, i) => h("li", null,
      h("div", { class: "path-head" }, `Path ${i + 1}: ${p.steps.length} step${p.steps.length === 1 ? "" : "s"}`),
      h("div", { class: "chain" }, ...p.actors.flatMap((a, j) => [j > 0 ? " → " : "", actorButton(a.id, named, open)])),
      h("ol", { class: "steps" }, ...p.steps.map((s) => h("li", null,
        h("div", { class: "who" }, `${named(s.from)} → ${named(s.to)}`),
        ...s.relations.map((r) => h("div", { class: "step-relation" },
          h("span", { class: "badge", style: `border-color:${relationColor(r.type)}` }, r.type),
          r.source !== s.from ? h("small", null, ` (${named(r.source)} → ${named(r.target)})`) : null,
          evidence(r, named))))))))));
  };

  const setEnd = (end: "from" | "to", id: string, findNow = true) => {
    inputs[end].value = nameOf(id);
    inputs[end].dataset.id = id;
    view.update(end === "from" ? { pathFrom: id } : { pathTo: id });
    const s = view.get();
    if (findNow && s.pathFrom && s.pathTo) void find();
  };

  const clear = () => {
    view.update({ pathFrom: null, pathTo: null });
    for (const input of Object.values(inputs)) {
      input.value = "";
      delete input.dataset.id;
    }
    out.replaceChildren();
    highlight(null);
  };

  for (const end of ["from", "to"] as const) {
    const input = inputs[end];
    attachSuggestions(input, input.nextElementSibling as HTMLUListElement, graph, () => scene.get().cut !== null,
      (key) => view.update(end === "from" ? { pathFrom: key } : { pathTo: key }));
  }
  byId("path-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const from = resolve(graph(), inputs.from), to = resolve(graph(), inputs.to);
    if (!from || !to) {
      out.replaceChildren(h("p", { class: "error" }, `Pick ${!from ? "the first" : "the second"} actor from the suggestions.`));
      return;
    }
    view.update({ pathFrom: from, pathTo: to });
    void find();
  });
  byId("path-clear").addEventListener("click", clear);
  return { setEnd, clear };
}

/** The actor an input names: the suggestion picked, else an exact name or id. */
function resolve(graph: ActorGraph, input: HTMLInputElement): string | null {
  if (input.dataset.id) return input.dataset.id;
  const v = input.value.trim().toLowerCase();
  if (!v) return null;
  return graph.findNode((key, a) => key.toLowerCase() === v || a.name.toLowerCase() === v) ?? null;
}
