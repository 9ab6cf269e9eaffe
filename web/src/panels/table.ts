// The table view: every actor in view with the measures, sortable by any column, covering the drawing.

import { shownMeasures, type Analyses, type Measure } from "../analyses";
import { byId, h } from "../dom";
import { labelOf, type ActorGraph } from "../graph";
import type { Scene } from "../loading";
import { formatValue, sortRows } from "../relations";
import { filterQuery } from "../state";
import { changed, type Store } from "../store";
import type { View } from "../view";
import { actorButton } from "./parts";

const TABLE_ROWS = 1000;

export type Row = Record<string, string | number | null>;

export interface TableModel {
  readonly columns: string[];
  /** The column sorted by: the one asked for when it is shown, else degree, else name. */
  readonly sort: string;
  readonly numeric: ReadonlySet<string>;
  /** Sorted, missing values last. */
  readonly rows: Row[];
}

/**
 * Rows and columns for actors and the measures that could be computed (null values: it failed); a community
 * column when communities are known.
 */
export function tableModel(
  actors: Iterable<{ id: string; name: string; kind: string | null; party: string | null; country: string | null }>,
  measures: readonly { name: string; values: Measure | null }[],
  communityOf: ReadonlyMap<string, number> | null,
  sort: string, descending: boolean,
): TableModel {
  const available = measures.filter((m) => m.values !== null);
  const rows = [...actors].map((a) => {
    const row: Row = { id: a.id, name: a.name, kind: a.kind, party: a.party, country: a.country };
    for (const m of available) row[m.name] = m.values!.get(a.id)?.value ?? null;
    if (communityOf) row.community = communityOf.get(a.id) ?? null;
    return row;
  });
  const columns = ["name", "kind", "party", "country", ...available.map((m) => m.name), ...(communityOf && communityOf.size > 0 ? ["community"] : [])];
  const by = columns.includes(sort) ? sort : columns.includes("degree") ? "degree" : "name";
  return { columns, sort: by, numeric: new Set([...available.map((m) => m.name), "community"]), rows: sortRows(rows, by, descending) };
}

function actorOf(graph: ActorGraph, id: string, name: string) {
  if (!graph.hasNode(id)) return { id, name, kind: null, party: null, country: null };
  const a = graph.getNodeAttributes(id);
  return { id, name: a.name, kind: a.kind, party: a.party, country: a.country };
}

export function table(view: View, scene: Store<Scene>, analyses: Analyses, open: (id: string) => void): void {
  const container = byId("table");
  let rendering = 0;

  const render = async () => {
    const state = view.get();
    if (state.view !== "table") return;
    const run = ++rendering;
    const filter = filterQuery(state);
    const measures = shownMeasures(state.measure);
    container.replaceChildren(h("p", { class: "hint" }, "Computing measures…"));
    const [communities, ...results] = await Promise.allSettled([
      state.color === "community" ? analyses.communities(filter) : Promise.reject(new Error("colour by kind")),
      ...measures.map((m) => analyses.measure(m, filter)),
    ]);
    if (run !== rendering || view.get().view !== "table") return;
    const graph = scene.get().graph;
    const nameOf = (id: string) => labelOf(graph, id);
    const chosen = results[0].status === "fulfilled" ? results[0].value : null;
    const model = tableModel(
      // A drawing of the top actors leaves the others out; the table lists everyone the measure ranked.
      scene.get().cut && chosen ? [...chosen].map(([id, m]) => actorOf(graph, id, m.name)) : graph.mapNodes((id) => actorOf(graph, id, id)),
      measures.map((name, i) => ({ name, values: results[i].status === "fulfilled" ? (results[i] as PromiseFulfilledResult<Measure>).value : null })),
      communities.status === "fulfilled" ? new Map(communities.value.communities.flatMap((c) => c.members.map((m) => [m.id, c.id] as const))) : null,
      state.sort, state.descending);
    const { columns, sort, numeric, rows } = model;
    container.replaceChildren(
      results.some((r) => r.status === "rejected") ? h("p", { class: "note" }, "Some measures could not be computed.") : "",
      h("table", { class: "actors" },
        h("thead", null, h("tr", null, ...columns.map((c) => h("th", { "aria-sort": c === sort ? (state.descending ? "descending" : "ascending") : "none", class: numeric.has(c) ? "num" : "" },
          h("button", { type: "button", onclick: () => view.update({ sort: c, descending: c === sort ? !state.descending : numeric.has(c) }) },
            c, c === sort ? (state.descending ? " ▼" : " ▲") : ""))))),
        h("tbody", null, ...rows.slice(0, TABLE_ROWS).map((row) => h("tr", { class: row.id === state.actor ? "selected" : "" },
          ...columns.map((c) => c === "name"
            ? h("td", null, actorButton(String(row.id), nameOf, open))
            : h("td", { class: numeric.has(c) ? "num" : "" }, numeric.has(c) ? formatValue(row[c] as number | null) : String(row[c] ?? ""))))))),
      rows.length > TABLE_ROWS ? h("p", { class: "hint" }, `Showing the first ${TABLE_ROWS} of ${rows.length.toLocaleString()} actors in this order.`) : "");
  };

  const show = () => {
    const v = view.get().view;
    // The table covers the drawing rather than hiding it: sigma needs a container with a size.
    container.hidden = v !== "table";
    byId("tab-graph").setAttribute("aria-selected", String(v === "graph"));
    byId("tab-table").setAttribute("aria-selected", String(v === "table"));
  };
  byId("tab-graph").addEventListener("click", () => view.update({ view: "graph" }));
  byId("tab-table").addEventListener("click", () => view.update({ view: "table" }));
  view.subscribe((s, previous) => {
    if (s.view !== previous.view) show();
    if (changed(s, previous, ["view", "measure", "color", "sort", "descending"])) void render();
  });
  scene.subscribe(() => void render());
  show();
}
