// The table view: every actor in view with the measures and the actors' numbers (followers_count…), sortable by any
// column, covering the drawing.

import { shownMeasures, type Analyses, type Measure } from "../analyses";
import { byId, h } from "../dom";
import { DOCUMENT_KIND, labelOf, type ActorGraph } from "../graph";
import type { Scene } from "../loading";
import { formatValue, sortRows } from "../relations";
import { filterQuery, whereText, type ViewState } from "../state";
import { periodsBetween, rankChanges, unitFor } from "../timeline";
import { changed, type Store } from "../store";
import type { View } from "../view";
import { actorButton } from "./parts";
import { meeting } from "./where";

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
 * column when communities are known. Documents (nodes of SIGNED) are rows only when asked for, as in /api/centrality.
 */
export function tableModel(
  actors: Iterable<{ id: string; name: string; kind: string | null; party: string | null; country: string | null }>,
  measures: readonly { name: string; values: Measure | null }[],
  communityOf: ReadonlyMap<string, number> | null,
  sort: string, descending: boolean,
  documents = false,
): TableModel {
  const available = measures.filter((m) => m.values !== null);
  const rows = [...actors].filter((a) => documents || a.kind !== DOCUMENT_KIND).map((a) => {
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

/** The column of rank changes between two periods (places gained by the chosen measure). */
export const CHANGE = "change";

export function table(view: View, scene: Store<Scene>, analyses: Analyses, open: (id: string) => void): void {
  const container = byId("table");
  let rendering = 0;
  // The two periods compared, kept while the page is open (the sort by change is in the link, the periods are not).
  let compare: [string, string] = ["", ""];
  // Documents listed too (kept while the page is open, like the periods).
  let documents = false;

  /** Period choosers over the days in view, and the change column once both are chosen. */
  const changeControl = (state: ViewState): { control: Node | string; column: Promise<Measure | null> } => {
    const days = scene.get().timeSteps;
    // An actor attribute is known as last collected, not per period.
    if (days.length < 2 || !analyses.isMeasure(state.measure)) return { control: "", column: Promise.resolve(null) };
    const every = unitFor(days[0], days[days.length - 1]);
    const periods = periodsBetween(days[0], days[days.length - 1], every).map((p) => p.label);
    const chooser = (i: 0 | 1) => h("select", { "aria-label": i === 0 ? "Change from" : "Change to", onchange: (e: Event) => {
      compare[i] = (e.target as HTMLSelectElement).value;
      if (compare[0] && compare[1]) view.update({ sort: CHANGE, descending: true });
      else void render();
    } }, h("option", { value: "" }, "–"), ...periods.map((p) => h("option", { value: p, selected: p === compare[i] }, p)));
    const control = h("p", { class: "compare" }, `Rank change by ${state.measure} from `, chooser(0), " to ", chooser(1),
      h("span", { class: "hint" }, " (places gained; sort by the change column)"));
    if (!compare[0] || !compare[1] || !periods.includes(compare[0]) || !periods.includes(compare[1])) return { control, column: Promise.resolve(null) };
    const filter = filterQuery(state);
    filter.delete("from");
    filter.delete("to");
    const column = analyses.timeline(state.measure, every, filter).then((t) => new Map([...rankChanges(t, compare[0], compare[1])]
      .map(([id, change]) => [id, { name: id, value: change, rank: null }])));
    return { control, column };
  };

  const render = async () => {
    const state = view.get();
    if (state.view !== "table") return;
    const run = ++rendering;
    const filter = filterQuery(state);
    const ranked = new URLSearchParams(filter);
    if (documents) ranked.set("documents", "true");
    const measures = shownMeasures(state.measure);
    container.replaceChildren(h("p", { class: "hint" }, "Computing measures…"));
    const { control, column } = changeControl(state);
    const documentsControl = h("label", { class: "documents" },
      h("input", { type: "checkbox", checked: documents, onchange: (e: Event) => {
        documents = (e.target as HTMLInputElement).checked;
        void render();
      } }), " Documents too (declarations are nodes of SIGNED: measured either way, listed on request)");
    const [change, communities, kept, ...results] = await Promise.allSettled([
      column,
      state.color === "community" ? analyses.communities(filter) : Promise.reject(new Error("colour by kind")),
      state.where ? analyses.attributeValues(state.where.name, filter).then((v) => meeting(state.where!, v)) : Promise.resolve(null),
      ...measures.map((m) => analyses.measure(m, ranked)),
    ]);
    // The actors' numbers (followers_count…) held by some actor in view are columns too.
    const numbers = await analyses.attributes(filter).then((a) => a.filter((x) => x.kind === "number" && !measures.includes(x.name)).map((x) => x.name), () => []);
    const attributeValues = await Promise.allSettled(numbers.map((name) => analyses.measure(name, filter)));
    if (run !== rendering || view.get().view !== "table") return;
    const graph = scene.get().graph;
    const nameOf = (id: string) => labelOf(graph, id);
    const chosen = results[0].status === "fulfilled" ? results[0].value : null;
    const keep = kept.status === "fulfilled" ? kept.value : null;
    const listed = scene.get().cut && chosen ? [...chosen].map(([id, m]) => actorOf(graph, id, m.name)) : graph.mapNodes((id) => actorOf(graph, id, id));
    const model = tableModel(
      // A drawing of the top actors leaves the others out; the table lists everyone the measure ranked.
      keep ? listed.filter((a) => keep.has(a.id)) : listed,
      [...measures.map((name, i) => ({ name, values: results[i].status === "fulfilled" ? (results[i] as PromiseFulfilledResult<Measure>).value : null })),
        ...numbers.map((name, i) => ({ name, values: attributeValues[i].status === "fulfilled" ? (attributeValues[i] as PromiseFulfilledResult<Measure>).value : null })),
        ...(change.status === "fulfilled" && change.value ? [{ name: CHANGE, values: change.value }] : [])],
      communities.status === "fulfilled" ? new Map(communities.value.communities.flatMap((c) => c.members.map((m) => [m.id, c.id] as const))) : null,
      state.sort, state.descending, documents);
    const { columns, sort, numeric, rows } = model;
    container.replaceChildren(
      documentsControl,
      control,
      results.some((r) => r.status === "rejected") || change.status === "rejected" ? h("p", { class: "note" }, "Some measures could not be computed.") : "",
      state.where ? h("p", { class: kept.status === "fulfilled" ? "hint" : "note" }, kept.status === "fulfilled"
        ? `Only actors with ${whereText(state.where)} (the filter "Actors shown").`
        : `Could not filter by ${whereText(state.where)}: every actor is listed.`) : "",
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
    if (changed(s, previous, ["view", "measure", "where", "color", "sort", "descending"])) void render();
  });
  scene.subscribe(() => void render());
  show();
}
