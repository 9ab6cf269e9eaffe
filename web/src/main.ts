// The page: the network drawn by sigma.js, its filters, the actor panel, the path finder and the table.
// Everything shown comes from the API; the view's state lives in the URL (see state.ts).

import "./style.css";
import Graph from "graphology";
import Sigma from "sigma";
import { api, ApiError, type Actor, type Communities, type Paths, type SerializedGraph, type Stats } from "./api";
import { byId, debounce, h } from "./dom";
import { dateSteps, indexesOf, layoutIterations, typeCounts, windowOf } from "./filters";
import type { LayoutProgress, LayoutRequest } from "./layout.worker";
import { formatValue, groupRelations, ranks, safeHref, sortRows, type Relation } from "./relations";
import {
  communityColors, kindColor, largest, OTHER_COLOR, relationColor, seededPosition, sizeRange, sizeScale,
} from "./scales";
import { decodeState, DEFAULT_STATE, encodeState, filterQuery, MEASURES, RELATION_TYPES, type ViewState } from "./state";

interface NodeAttributes {
  /** The full name; label is the drawn, shortened one. */
  name: string;
  label: string;
  kind: string | null;
  party: string | null;
  country: string | null;
  x: number;
  y: number;
  size: number;
  color: string;
  forceLabel?: boolean;
}

interface EdgeAttributes {
  relation: string;
  weight: number;
  at: string | null;
  size: number;
  color: string;
  type: string;
}

type ActorGraph = Graph<NodeAttributes, EdgeAttributes>;
type Measure = Map<string, { value: number | null; rank: number | null }>;

/** Measures the table and the actor panel show besides the one chosen for size. */
const TABLE_MEASURES = ["degree", "pagerank", "betweenness", "closeness"];
const TABLE_ROWS = 1000;
const DIM_NODE = "#d4d4d8";
const DIM_EDGE = "#e8e8ec";

let state: ViewState = decodeState(location.search);
let stats: Stats | null = null;
let graph: ActorGraph = newGraph();
let timeSteps: string[] = [];
/** Positions by node key, kept across reloads so a filter change does not shuffle the drawing. */
const positions = new Map<string, { x: number; y: number }>();
const measureCache = new Map<string, Promise<Measure>>();
let communityCache: { key: string; result: Promise<Communities> } | null = null;
let communityOf = new Map<string, number>();
let focus: Set<string> | null = null;
let pathEdges: Set<string> | null = null;
let hovered: string | null = null;
let loadController: AbortController | null = null;
let panelController: AbortController | null = null;
let worker: Worker | null = null;

/** What the end-to-end test and a curious user can inspect from the console. */
const page = {
  get graph() { return graph; },
  get state() { return state; },
  renderer: null as unknown as Sigma<NodeAttributes, EdgeAttributes>,
  loads: 0,
  layoutDone: false,
  /** How many pixels of the drawing differ from the background: a blank canvas has none. */
  inkedPixels: () => countInk(composite()),
};
(window as unknown as { actorGraph: typeof page }).actorGraph = page;

function newGraph(): ActorGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: "directed", multi: true, allowSelfLoops: true });
}

// ---------- state and URL ----------

function setState(patch: Partial<ViewState>): void {
  state = { ...state, ...patch };
  const query = encodeState(state);
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

// ---------- loading ----------

async function loadGraph(): Promise<void> {
  loadController?.abort();
  const controller = loadController = new AbortController();
  const signal = controller.signal;
  hideMessage();
  showStatus("Loading the network…");
  renderBanner();
  updateDownloads();
  if (state.types !== null && state.types.length === 0) {
    replaceGraph({ nodes: [], edges: [] });
    showMessage("No relation type is selected: tick at least one in the filters.", "info");
    showStatus("");
    renderTypeFilters();
    return;
  }
  const filter = filterQuery(state);
  // The measures depend only on the filter: let the server compute them while the graph is on its way.
  getMeasure(state.measure).catch(() => undefined);
  if (state.color === "community") communities().catch(() => undefined);
  let data: SerializedGraph;
  try {
    const time = (state.from || state.to) && timeSteps.length === 0
      // The slider spans all dates: with a window in the link, ask once for the unwindowed dates too.
      ? api.graph(filterQuery({ ...state, from: null, to: null }), signal).then((g) => { timeSteps = dateSteps(edgeFacts(g)); })
      : Promise.resolve();
    [data] = await Promise.all([state.ego ? api.ego(state.ego, state.radius, filter, signal) : api.graph(filter, signal), time]);
  } catch (e) {
    if (signal.aborted) return;
    showStatus("");
    if (state.ego && e instanceof ApiError && e.missing) {
      showMessage("The ego view needs GET /api/ego, which this server does not offer.", "error", "Show the whole network", () => { setState({ ego: null }); void loadGraph(); });
    } else {
      showMessage(`Could not load the network: ${(e as Error).message}`, "error", "Try again", () => void loadGraph());
    }
    return;
  }
  if (signal.aborted) return;
  if (!state.from && !state.to) timeSteps = dateSteps(edgeFacts(data));
  replaceGraph(data);
  renderBanner();
  renderTimeSlider();
  renderTypeFilters();
  if (graph.order === 0) {
    showStatus("");
    if (stats && stats.relations === 0 && stats.actors === 0) {
      showMessage("The store is empty. Load data with `actorgraph ingest …` or `actorgraph sample`, or POST to /api/ingest.", "info");
    } else {
      showMessage("No relation matches these filters.", "info", "Reset filters", resetFilters);
    }
  }
  startLayout();
  await Promise.all([applySizes(signal), applyColors(signal)]);
  if (signal.aborted) return;
  updateFocus();
  if (state.view === "table") void renderTable();
  showStatus(`${graph.order.toLocaleString()} nodes, ${graph.size.toLocaleString()} relations` +
    (state.ego ? ` around ${labelOf(state.ego)}` : ""));
  page.loads++;
}

function edgeFacts(data: SerializedGraph) {
  return data.edges.map((e) => ({ type: String(e.attributes?.type ?? ""), at: (e.attributes?.at as string | null) ?? null }));
}

function replaceGraph(data: SerializedGraph): void {
  const g = newGraph();
  const order = data.nodes.length;
  for (const n of data.nodes) {
    const a = n.attributes ?? {};
    const p = positions.get(n.key) ?? seededPosition(n.key, order);
    const name = String(a.label ?? n.key);
    g.addNode(n.key, {
      name, label: name.length > 36 ? `${name.slice(0, 34).trimEnd()}…` : name, kind: text(a.kind), party: text(a.party), country: text(a.country),
      x: p.x, y: p.y, size: 4, color: OTHER_COLOR,
    });
  }
  // Arrows cost more to draw: beyond a few thousand relations, plain lines keep the drawing fluid.
  const large = data.edges.length > 5000;
  for (const e of data.edges) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    const a = e.attributes ?? {};
    const relation = String(a.type ?? "");
    const attributes: EdgeAttributes = {
      relation, weight: Number(a.weight ?? 1), at: text(a.at),
      size: large ? 0.6 : 1.6 + Math.min(3, Math.log2(Math.max(1, Number(a.weight ?? 1)))),
      color: relationColor(relation), type: large ? "line" : "arrow",
    };
    if (e.key && !g.hasEdge(e.key)) g.addEdgeWithKey(e.key, e.source, e.target, attributes);
    else g.addEdge(e.source, e.target, attributes);
  }
  graph = g;
  // Settings first: each setting change redraws, which is cheap only while the old graph is still in place.
  page.renderer.setSetting("hideEdgesOnMove", g.size > 20_000);
  page.renderer.setSetting("zIndex", g.order < 5000);
  page.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  pathEdges = null;
  focus = null;
  page.renderer.setGraph(g);
}

function text(v: unknown): string | null {
  return v === null || v === undefined || v === "" ? null : String(v);
}

// ---------- layout ----------

function startLayout(): void {
  worker?.terminate();
  worker = null;
  const keys = graph.nodes();
  // Nodes all placed before (a filter change): keep the drawing as it is.
  if (keys.length === 0 || keys.every((k) => positions.has(k))) {
    page.layoutDone = true;
    return;
  }
  page.layoutDone = false;
  const index = new Map(keys.map((k, i) => [k, i]));
  const xy = new Float32Array(keys.length * 2);
  keys.forEach((k, i) => {
    xy[2 * i] = graph.getNodeAttribute(k, "x");
    xy[2 * i + 1] = graph.getNodeAttribute(k, "y");
  });
  const edges = new Uint32Array(graph.size * 2);
  let e = 0;
  graph.forEachEdge((_key, _a, source, target) => {
    edges[e++] = index.get(source)!;
    edges[e++] = index.get(target)!;
  });
  const laidOut = graph;
  const w = worker = new Worker(new URL("dist/layout-worker.js", document.baseURI), { type: "module" });
  w.onmessage = (event: MessageEvent<LayoutProgress>) => {
    if (laidOut !== graph) return;
    const p = event.data.positions;
    graph.updateEachNodeAttributes((key, attributes) => {
      const i = index.get(key)!;
      attributes.x = p[2 * i];
      attributes.y = p[2 * i + 1];
      return attributes;
    }, { attributes: ["x", "y"] });
    if (event.data.done) {
      graph.forEachNode((key, a) => positions.set(key, { x: a.x, y: a.y }));
      w.terminate();
      if (worker === w) worker = null;
      page.layoutDone = true;
    }
  };
  w.onerror = (event) => {
    showStatus(`The layout stopped: ${event.message}`);
    page.layoutDone = true;
  };
  w.postMessage({ keys, positions: xy, edges, iterations: layoutIterations(keys.length) } satisfies LayoutRequest, [xy.buffer, edges.buffer]);
}

// ---------- measures, sizes, colours ----------

function measureKey(measure: string): string {
  return `${measure}?${filterQuery(state)}`;
}

/** A measure's values and ranks on the filtered network, fetched once per measure and filter. */
function getMeasure(measure: string): Promise<Measure> {
  const key = measureKey(measure);
  let result = measureCache.get(key);
  if (!result) {
    result = api.centrality(measure, filterQuery(state)).then(ranks);
    result.catch(() => measureCache.delete(key));
    measureCache.set(key, result);
  }
  return result;
}

let sizeNote = "";

async function applySizes(signal?: AbortSignal): Promise<void> {
  let values: Map<string, number | null>;
  sizeNote = "";
  try {
    const measure = await getMeasure(state.measure);
    values = new Map([...measure].map(([id, m]) => [id, m.value]));
  } catch (e) {
    if (signal?.aborted) return;
    // Without the analysis endpoint, the number of relations in view still says who is central.
    values = new Map(graph.nodes().map((n) => [n, graph.degree(n)]));
    sizeNote = e instanceof ApiError && e.missing
      ? "Centrality is not available on this server (no /api/centrality): sizes show each node's relations in view."
      : `Could not compute ${state.measure}: ${(e as Error).message}. Sizes show each node's relations in view.`;
  }
  if (signal?.aborted) return;
  const [min, max] = sizeRange(graph.order);
  const scale = sizeScale(values.values(), min, max);
  const sizes = graph.mapNodes((key): [string, number] => [key, scale(values.get(key))]);
  const labelled = largest(sizes, graph.order <= 40 ? graph.order : Math.min(15, Math.ceil(graph.order / 4)));
  const sizeOf = new Map(sizes);
  // One pass, so the drawing is redone once.
  graph.updateEachNodeAttributes((key, a) => {
    a.size = sizeOf.get(key)!;
    a.forceLabel = labelled.has(key);
    return a;
  }, { attributes: ["size", "forceLabel"] });
  renderLegend();
}

/** Louvain communities of the filtered network, fetched once per filter. */
function communities(): Promise<Communities> {
  const key = filterQuery(state).toString();
  if (communityCache?.key !== key) {
    const result = api.communities(filterQuery(state));
    communityCache = { key, result };
    result.catch(() => { if (communityCache?.result === result) communityCache = null; });
  }
  return communityCache.result;
}

let colorNote = "";
let communityLegend: { color: string; size: number; names: string[] }[] = [];

async function applyColors(signal?: AbortSignal): Promise<void> {
  colorNote = "";
  communityLegend = [];
  let colorOf: (key: string, a: NodeAttributes) => string = (_k, a) => kindColor(a.kind);
  if (state.color === "community") {
    try {
      const result = await communities();
      const colors = communityColors(result.communities.map((c) => ({ id: c.id, size: c.members.length })));
      communityOf = new Map(result.communities.flatMap((c) => c.members.map((m) => [m.id, c.id] as const)));
      communityLegend = [...result.communities]
        .filter((c) => colors.get(c.id) !== OTHER_COLOR)
        .sort((a, b) => b.members.length - a.members.length || a.id - b.id)
        .map((c) => ({ color: colors.get(c.id)!, size: c.members.length, names: c.members.map((m) => m.name) }));
      colorOf = (k) => colors.get(communityOf.get(k) ?? -1) ?? OTHER_COLOR;
    } catch (e) {
      if (signal?.aborted) return;
      colorNote = e instanceof ApiError && e.missing
        ? "Communities are not available on this server (no /api/communities): colours show the kind of actor."
        : `Could not find communities: ${(e as Error).message}. Colours show the kind of actor.`;
    }
  }
  if (signal?.aborted) return;
  graph.updateEachNodeAttributes((key, a) => {
    a.color = colorOf(key, a);
    return a;
  }, { attributes: ["color"] });
  renderLegend();
}

// ---------- drawing ----------

function createRenderer(): Sigma<NodeAttributes, EdgeAttributes> {
  const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, byId("graph"), {
    renderEdgeLabels: false,
    allowInvalidContainer: true,
    enableEdgeEvents: false,
    hideLabelsOnMove: false,
    labelDensity: 0.6,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: 9,
    labelFont: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    defaultEdgeType: "line",
    minEdgeThickness: 0.6,
    zIndex: true,
    nodeReducer: (node, data) => {
      const res: Partial<NodeAttributes> & { highlighted?: boolean; zIndex?: number } = { ...data };
      if (focus && !focus.has(node)) {
        res.color = DIM_NODE;
        res.label = "";
        res.forceLabel = false;
        res.zIndex = 0;
      } else if (focus) {
        res.forceLabel = true;
        res.zIndex = 1;
      }
      if (node === state.actor || node === hovered) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 2;
      }
      return res;
    },
    edgeReducer: (edge, data) => {
      const res: Partial<EdgeAttributes> & { hidden?: boolean; zIndex?: number } = { ...data };
      if (pathEdges) {
        if (pathEdges.has(edge)) {
          res.size = Math.max(3, data.size * 2);
          res.zIndex = 1;
        } else res.color = DIM_EDGE;
      } else if (focus) {
        const [s, t] = graph.extremities(edge);
        if (s !== state.actor && t !== state.actor) res.color = DIM_EDGE;
        else {
          res.size = data.size * 1.5;
          res.zIndex = 1;
        }
      }
      return res;
    },
  });
  renderer.on("clickNode", ({ node }) => select(node, false));
  renderer.on("enterNode", ({ node }) => {
    hovered = node;
    byId("graph").style.cursor = "pointer";
    renderer.refresh({ partialGraph: { nodes: [node] }, skipIndexation: true });
  });
  renderer.on("leaveNode", ({ node }) => {
    hovered = null;
    byId("graph").style.cursor = "";
    renderer.refresh({ partialGraph: { nodes: [node] }, skipIndexation: true });
  });
  return renderer;
}

/** Which nodes stay bright: the path's actors, else the selected actor and its neighbours; null when nothing is picked. */
function updateFocus(): void {
  const before = focus;
  if (pathEdges) {
    focus = new Set();
    for (const e of pathEdges) graph.extremities(e).forEach((n) => focus!.add(n));
  } else if (state.actor && graph.hasNode(state.actor)) {
    focus = new Set([state.actor, ...graph.neighbors(state.actor)]);
  } else focus = null;
  // The reducers read focus and the selection: redraw unless nothing was and nothing is highlighted.
  if (before !== null || focus !== null) page.renderer.refresh();
}

function centreOn(node: string): void {
  if (!graph.hasNode(node)) return;
  const d = page.renderer.getNodeDisplayData(node);
  if (!d) return;
  const camera = page.renderer.getCamera();
  void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
}

function labelOf(id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, "name") : id;
}

/** The drawing's layers (edges, nodes, labels…) on one white canvas, as the PNG download and the test see it. */
function composite(): HTMLCanvasElement {
  const renderer = page.renderer;
  renderer.refresh(); // renders now, so the WebGL buffers hold the picture while it is copied
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = h("canvas");
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, out.width, out.height);
  for (const layer of Object.values(renderer.getCanvases())) ctx.drawImage(layer, 0, 0, out.width, out.height);
  return out;
}

function countInk(canvas: HTMLCanvasElement): number {
  const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] < 245 || data[i + 1] < 245 || data[i + 2] < 245) inked++;
  return inked;
}

function downloadPng(): void {
  composite().toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    h("a", { href: url, download: "actorgraph.png" }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }, "image/png");
}

// ---------- filters and legend ----------

function renderTypeFilters(): void {
  const shown = new Map(typeCounts(graph.mapEdges((_e, a) => ({ type: a.relation }))));
  const total = stats?.relationsByType ?? {};
  const types = RELATION_TYPES.filter((t) => (total[t] ?? 0) > 0 || shown.has(t) || state.types?.includes(t));
  const box = byId("type-filters");
  box.replaceChildren(...(types.length === 0 ? [h("p", { class: "hint" }, "No relations stored yet.")] : types.map((t) => {
    const checked = state.types === null || state.types.includes(t);
    const count = total[t] !== undefined
      ? `${(shown.get(t) ?? 0).toLocaleString()} / ${total[t].toLocaleString()}`
      : (shown.get(t) ?? 0).toLocaleString();
    return h("label", { class: "check" },
      h("input", { type: "checkbox", value: t, checked, onchange: onTypeChange }),
      h("span", { class: "swatch line", style: `background:${relationColor(t)}` }),
      h("span", { class: "name" }, t),
      h("span", { class: "count", title: "in view / stored" }, count));
  })));
}

function onTypeChange(): void {
  const boxes = [...byId("type-filters").querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
  const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
  setState({ types: ticked.length === boxes.length ? null : ticked });
  reloadSoon();
}

function renderTimeSlider(): void {
  const from = byId<HTMLInputElement>("time-from");
  const to = byId<HTMLInputElement>("time-to");
  const max = Math.max(0, timeSteps.length - 1);
  const [lo, hi] = indexesOf(timeSteps, state.from, state.to);
  for (const input of [from, to]) {
    input.max = String(max);
    input.disabled = timeSteps.length < 2;
  }
  from.value = String(lo);
  to.value = String(hi);
  renderTimeLabel(lo, hi);
}

function renderTimeLabel(lo: number, hi: number): void {
  const label = byId("time-label");
  if (timeSteps.length === 0) label.textContent = "No dated relations in view.";
  else {
    const w = windowOf(timeSteps, lo, hi);
    label.textContent = w.from || w.to
      ? `${timeSteps[Math.min(lo, hi)]} to ${timeSteps[Math.max(lo, hi)]}`
      : `All dates (${timeSteps[0]} to ${timeSteps[timeSteps.length - 1]}, and undated)`;
  }
}

function onTimeInput(): void {
  const lo = Number(byId<HTMLInputElement>("time-from").value);
  const hi = Number(byId<HTMLInputElement>("time-to").value);
  renderTimeLabel(lo, hi);
  setState(windowOf(timeSteps, lo, hi));
  reloadSoon();
}

function onNumberInput(): void {
  const read = (id: string) => {
    const input = byId<HTMLInputElement>(id);
    const v = input.value.trim() === "" ? NaN : Number(input.value);
    return Number.isFinite(v) ? v : null;
  };
  const minConfidence = read("min-confidence");
  setState({ minWeight: read("min-weight"), minConfidence: minConfidence === null ? null : Math.min(1, Math.max(0, minConfidence)) });
  reloadSoon();
}

function resetFilters(): void {
  setState({ types: null, from: null, to: null, minWeight: null, minConfidence: null });
  renderNumberInputs();
  void loadGraph();
}

function renderNumberInputs(): void {
  byId<HTMLInputElement>("min-weight").value = state.minWeight === null ? "" : String(state.minWeight);
  byId<HTMLInputElement>("min-confidence").value = state.minConfidence === null ? "" : String(state.minConfidence);
}

// Sliders and number fields fire on every step: ask the API once the user pauses.
const reloadSoon = debounce(() => void loadGraph(), 350);

function renderLegend(): void {
  const legend = byId("legend");
  const items: Node[] = [];
  if (state.color === "community" && communityLegend.length > 0) {
    items.push(h("h3", null, "Communities (Louvain)"));
    for (const c of communityLegend.slice(0, 8)) {
      items.push(h("div", { class: "key" }, h("span", { class: "swatch dot", style: `background:${c.color}` }),
        h("span", null, `${c.names.slice(0, 2).join(", ")}${c.size > 2 ? ` and ${c.size - 2} more` : ""}`)));
    }
    if (communityLegend.length > 8) items.push(h("p", { class: "hint" }, `${communityLegend.length - 8} more communities; smaller ones in grey.`));
  } else {
    items.push(h("h3", null, "Kinds of actor"));
    const kinds = new Map<string, number>();
    graph.forEachNode((_n, a) => kinds.set(a.kind ?? "unknown", (kinds.get(a.kind ?? "unknown") ?? 0) + 1));
    for (const [kind, count] of [...kinds].sort((a, b) => b[1] - a[1])) {
      items.push(h("div", { class: "key" }, h("span", { class: "swatch dot", style: `background:${kindColor(kind === "unknown" ? null : kind)}` }),
        h("span", null, `${kind} (${count})`)));
    }
  }
  if (colorNote) items.push(h("p", { class: "note" }, colorNote));
  items.push(h("h3", null, "Relations"));
  for (const [type] of typeCounts(graph.mapEdges((_e, a) => ({ type: a.relation })))) {
    items.push(h("div", { class: "key" }, h("span", { class: "swatch line", style: `background:${relationColor(type)}` }), h("span", null, type)));
  }
  items.push(h("p", { class: "hint" }, `Node size: ${state.measure}. Labels: the largest nodes.`));
  if (sizeNote) items.push(h("p", { class: "note" }, sizeNote));
  legend.replaceChildren(...items);
}

// ---------- search with suggestions ----------

/** Actors in view whose name or id contains the text, names starting with it first. */
function suggest(query: string, limit = 8): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const starts: string[] = [], contains: string[] = [];
  graph.forEachNode((key, a) => {
    const name = a.name.toLowerCase();
    if (name.startsWith(q) || name.split(/\s+/).some((w) => w.startsWith(q))) starts.push(key);
    else if (name.includes(q) || key.toLowerCase().includes(q)) contains.push(key);
  });
  const byName = (a: string, b: string) => labelOf(a).localeCompare(labelOf(b));
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, limit);
}

/** Suggestions under an input: arrows move, Enter or a click picks, Escape closes. */
function attachSuggestions(input: HTMLInputElement, list: HTMLUListElement, pick: (key: string) => void): void {
  let keys: string[] = [];
  let active = -1;
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const render = () => {
    list.replaceChildren(...keys.map((key, i) => h("li", {
      role: "option", "aria-selected": i === active ? "true" : "false", class: i === active ? "active" : "",
      onmousedown: (e: Event) => { e.preventDefault(); choose(key); },
    }, h("span", null, labelOf(key)), h("small", null, graph.hasNode(key) ? graph.getNodeAttribute(key, "kind") ?? "" : ""))));
    list.hidden = keys.length === 0;
    input.setAttribute("aria-expanded", String(keys.length > 0));
  };
  const choose = (key: string) => {
    input.value = labelOf(key);
    input.dataset.id = key;
    close();
    pick(key);
  };
  input.addEventListener("input", debounce(() => {
    delete input.dataset.id;
    keys = suggest(input.value);
    active = keys.length > 0 ? 0 : -1;
    if (input.value.trim() && keys.length === 0) {
      list.replaceChildren(h("li", { class: "empty" }, "No actor in view matches."));
      list.hidden = false;
      return;
    }
    render();
  }, 120));
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (keys.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : keys.length - 1)) % keys.length;
      render();
    } else if (e.key === "Enter" && active >= 0 && !list.hidden) {
      e.preventDefault();
      choose(keys[active]);
    } else if (e.key === "Escape" && !list.hidden) {
      e.stopPropagation();
      close();
    }
  });
  input.addEventListener("blur", close);
}

// ---------- the actor panel ----------

function select(id: string, centre: boolean): void {
  setState({ actor: id });
  void openPanel(id); // shows the panel at once, so the drawing has its final width before centring
  updateFocus();
  if (centre) centreOn(id);
}

function closePanel(): void {
  panelController?.abort();
  byId("panel").hidden = true;
  if (state.actor) {
    setState({ actor: null });
    updateFocus();
  }
}

async function openPanel(id: string): Promise<void> {
  panelController?.abort();
  const controller = panelController = new AbortController();
  const panel = byId("panel");
  const body = byId("panel-body");
  panel.hidden = false;
  body.replaceChildren(h("h2", null, labelOf(id)), h("p", { class: "hint" }, "Loading…"));
  const measures = [...new Set([state.measure, ...TABLE_MEASURES])];
  const [actor, relations, ...measured] = await Promise.allSettled([
    api.actor(id, controller.signal), api.relations(id, controller.signal), ...measures.map(getMeasure),
  ]);
  if (controller.signal.aborted) return;
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
  for (const [key, value] of Object.entries(info.attributes ?? {})) facts.push([key, value]);
  parts.push(h("dl", { class: "facts" }, ...facts.flatMap(([k, v]) => [h("dt", null, k), h("dd", null, v)])));

  // Measures with rank, on the filtered network.
  const rows = measures.map((m, i) => {
    const r = measured[i];
    if (r.status !== "fulfilled") return null;
    const entry = r.value.get(id);
    return h("tr", { class: m === state.measure ? "current" : "" }, h("th", null, m), h("td", null, formatValue(entry?.value)),
      h("td", null, entry?.rank ? `#${entry.rank} of ${r.value.size}` : "–"));
  }).filter((r): r is HTMLTableRowElement => r !== null);
  parts.push(h("h3", null, "Measures"), rows.length > 0
    ? h("table", { class: "measures" }, h("tbody", null, rows))
    : h("p", { class: "note" }, "Measures are not available on this server (no /api/centrality)."));

  parts.push(h("div", { class: "actions" },
    h("span", null, "Neighbourhood:"),
    ...[1, 2, 3].map((r) => h("button", { type: "button", onclick: () => showEgo(id, r), "aria-pressed": String(state.ego === id && state.radius === r) }, `radius ${r}`)),
    h("button", { type: "button", onclick: () => setPathEnd("from", id) }, "Path from here"),
    h("button", { type: "button", onclick: () => setPathEnd("to", id) }, "Path to here")));

  if (relations.status === "fulfilled") {
    const groups = groupRelations(id, relations.value);
    parts.push(h("h3", null, `Relations (${relations.value.length})`));
    if (groups.length === 0) parts.push(h("p", { class: "hint" }, "No relations stored."));
    for (const g of groups) {
      parts.push(h("section", { class: "group" },
        h("h4", null, h("span", { class: "swatch line", style: `background:${relationColor(g.type)}` }),
          g.direction === "out" ? `${g.type} →` : `← ${g.type}`, h("small", null, ` ${g.items.length}`)),
        h("ul", { class: "relations" }, ...g.items.map(({ other, relation }) => h("li", null,
          h("div", { class: "who" }, g.direction === "out" ? "to " : "from ", actorButton(other)),
          evidence(relation))))));
    }
  } else {
    parts.push(h("p", { class: "error" }, `Could not load the relations: ${(relations.reason as Error).message}`));
  }
  body.replaceChildren(...parts);
}

function actorButton(id: string): HTMLElement {
  return h("button", { type: "button", class: "actor", onclick: () => select(id, true) }, labelOf(id));
}

/** A relation's provenance: date, weight, quote, source link, document, observation id. */
function evidence(r: Relation): HTMLElement {
  const meta = [r.at ? r.at.slice(0, 10) : "undated"];
  if (r.weight !== 1) meta.push(`weight ${formatValue(r.weight)}`);
  if (r.evidence.confidence < 1) meta.push(`confidence ${formatValue(r.evidence.confidence)}`);
  if (r.evidence.extractor) meta.push(`by ${r.evidence.extractor}`);
  const href = safeHref(r.evidence.url);
  const document = r.evidence.documentId;
  return h("div", { class: "evidence" },
    h("div", { class: "meta" }, meta.join(" · ")),
    r.evidence.quote ? h("blockquote", null, r.evidence.quote) : h("p", { class: "hint" }, "No quote recorded."),
    h("div", { class: "source" },
      href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, new URL(href).host) : null,
      document ? h("span", { title: document }, `${href ? " · " : ""}${labelOf(document)}`) : null,
      h("small", null, ` (${r.evidence.sourceId})`)));
}

function showEgo(id: string, radius: number): void {
  setState({ ego: id, radius });
  void loadGraph();
  void openPanel(id);
}

function renderBanner(): void {
  const banner = byId("banner");
  if (!state.ego) {
    banner.hidden = true;
    return;
  }
  const ego = state.ego;
  banner.hidden = false;
  banner.replaceChildren(
    h("span", null, `Neighbourhood of ${labelOf(ego)}, radius `),
    ...[1, 2, 3].map((r) => h("button", { type: "button", "aria-pressed": String(state.radius === r), onclick: () => showEgo(ego, r) }, String(r))),
    h("button", { type: "button", class: "link", onclick: () => { setState({ ego: null }); void loadGraph(); } }, "Back to the whole network"));
}

// ---------- path finder ----------

function setPathEnd(end: "from" | "to", id: string, find = true): void {
  const input = byId<HTMLInputElement>(end === "from" ? "path-from" : "path-to");
  input.value = labelOf(id);
  input.dataset.id = id;
  setState(end === "from" ? { pathFrom: id } : { pathTo: id });
  if (find && state.pathFrom && state.pathTo) void findPaths();
}

/** The actor an input names: the suggestion picked, else an exact name or id. */
function resolveActor(input: HTMLInputElement): string | null {
  if (input.dataset.id) return input.dataset.id;
  const v = input.value.trim().toLowerCase();
  if (!v) return null;
  return graph.findNode((key, a) => key.toLowerCase() === v || a.name.toLowerCase() === v) ?? null;
}

async function findPaths(): Promise<void> {
  const out = byId("path-results");
  const from = state.pathFrom, to = state.pathTo;
  if (!from || !to) return;
  const k = Number(byId<HTMLSelectElement>("path-k").value) || 3;
  out.replaceChildren(h("p", { class: "hint" }, "Finding paths…"));
  let result: Paths;
  try {
    result = await api.paths(from, to, k, filterQuery(state));
  } catch (e) {
    out.replaceChildren(h("p", { class: "error" }, e instanceof ApiError && e.missing
      ? "Path finding needs GET /api/paths, which this server does not offer."
      : `Could not find paths: ${(e as Error).message}`));
    return;
  }
  if (result.paths.length === 0) {
    pathEdges = null;
    updateFocus();
    out.replaceChildren(h("p", { class: "hint" }, `No path from ${labelOf(from)} to ${labelOf(to)} with these filters (paths follow the relations' direction).`));
    return;
  }
  pathEdges = new Set();
  for (const p of result.paths) {
    for (const step of p.steps) {
      const edges = graph.hasNode(step.from) && graph.hasNode(step.to) ? graph.edges(step.from, step.to) : [];
      (edges.length > 0 ? edges : graph.hasNode(step.from) && graph.hasNode(step.to) ? graph.edges(step.to, step.from) : [])
        .forEach((e) => pathEdges!.add(e));
    }
  }
  updateFocus();
  out.replaceChildren(h("ol", { class: "paths" }, ...result.paths.map((p, i) => h("li", null,
    h("div", { class: "path-head" }, `Path ${i + 1}: ${p.steps.length} step${p.steps.length === 1 ? "" : "s"}`),
    h("div", { class: "chain" }, ...p.actors.flatMap((a, j) => [j > 0 ? " → " : "", actorButton(a.id)])),
    h("ol", { class: "steps" }, ...p.steps.map((s) => h("li", null,
      h("div", { class: "who" }, `${labelOf(s.from)} → ${labelOf(s.to)}`),
      ...s.relations.map((r) => h("div", { class: "step-relation" },
        h("span", { class: "badge", style: `border-color:${relationColor(r.type)}` }, r.type),
        r.source !== s.from ? h("small", null, ` (${labelOf(r.source)} → ${labelOf(r.target)})`) : null,
        evidence(r))))))))));
}

function clearPaths(): void {
  setState({ pathFrom: null, pathTo: null });
  for (const id of ["path-from", "path-to"]) {
    const input = byId<HTMLInputElement>(id);
    input.value = "";
    delete input.dataset.id;
  }
  byId("path-results").replaceChildren();
  pathEdges = null;
  updateFocus();
}

// ---------- table view ----------

async function renderTable(): Promise<void> {
  const container = byId("table");
  const measures = [...new Set([state.measure, ...TABLE_MEASURES])];
  container.replaceChildren(h("p", { class: "hint" }, "Computing measures…"));
  const results = await Promise.allSettled(measures.map(getMeasure));
  if (state.view !== "table") return;
  const available = measures.filter((_m, i) => results[i].status === "fulfilled");
  const values = results.map((r) => (r.status === "fulfilled" ? r.value : null));
  const rows = graph.mapNodes((key, a) => {
    const row: Record<string, string | number | null> = { id: key, name: a.name, kind: a.kind, party: a.party, country: a.country };
    measures.forEach((m, i) => { if (values[i]) row[m] = values[i]!.get(key)?.value ?? null; });
    row.community = communityOf.has(key) && state.color === "community" ? communityOf.get(key)! : null;
    return row;
  });
  const columns = ["name", "kind", "party", "country", ...available, ...(state.color === "community" && communityOf.size > 0 ? ["community"] : [])];
  const sort = columns.includes(state.sort) ? state.sort : columns.includes("degree") ? "degree" : "name";
  const sorted = sortRows(rows, sort, state.descending);
  const numeric = new Set([...available, "community"]);
  container.replaceChildren(
    available.length < measures.length ? h("p", { class: "note" }, "Some measures are not available on this server (no /api/centrality).") : "",
    h("table", { class: "actors" },
      h("thead", null, h("tr", null, ...columns.map((c) => h("th", { "aria-sort": c === sort ? (state.descending ? "descending" : "ascending") : "none", class: numeric.has(c) ? "num" : "" },
        h("button", { type: "button", onclick: () => { setState({ sort: c, descending: c === sort ? !state.descending : numeric.has(c) }); void renderTable(); } },
          c, c === sort ? (state.descending ? " ▼" : " ▲") : ""))))),
      h("tbody", null, ...sorted.slice(0, TABLE_ROWS).map((row) => h("tr", { class: row.id === state.actor ? "selected" : "" },
        ...columns.map((c) => c === "name"
          ? h("td", null, actorButton(String(row.id)))
          : h("td", { class: numeric.has(c) ? "num" : "" }, numeric.has(c) ? formatValue(row[c] as number | null) : String(row[c] ?? ""))))))),
    sorted.length > TABLE_ROWS ? h("p", { class: "hint" }, `Showing the first ${TABLE_ROWS} of ${sorted.length.toLocaleString()} actors in this order.`) : "");
}

function setView(view: "graph" | "table"): void {
  setState({ view });
  // The table covers the drawing rather than hiding it: sigma needs a container with a size.
  byId("table").hidden = view !== "table";
  byId("tab-graph").setAttribute("aria-selected", String(view === "graph"));
  byId("tab-table").setAttribute("aria-selected", String(view === "table"));
  if (view === "table") void renderTable();
}

// ---------- messages, downloads, keyboard ----------

function showMessage(textContent: string, kind: "error" | "info", action?: string, onAction?: () => void): void {
  const box = byId("message");
  box.className = `message ${kind}`;
  box.replaceChildren(h("p", null, textContent), action && onAction ? h("button", { type: "button", onclick: onAction }, action) : "");
  box.hidden = false;
}

function hideMessage(): void {
  byId("message").hidden = true;
}

function showStatus(textContent: string): void {
  byId("status").textContent = textContent;
}

function updateDownloads(): void {
  const filter = filterQuery(state);
  for (const format of ["gexf", "graphml", "csv"]) byId<HTMLAnchorElement>(`download-${format}`).href = api.exportUrl(format, filter);
}

function onKey(e: KeyboardEvent): void {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement;
  if (e.key === "/" && !typing) {
    e.preventDefault();
    byId<HTMLInputElement>("search").focus();
  } else if (e.key === "Escape") {
    if (typing) (e.target as HTMLElement).blur();
    const downloads = document.querySelector<HTMLDetailsElement>("details.downloads");
    if (downloads?.open) downloads.open = false;
    else if (!byId("panel").hidden) closePanel();
    else if (pathEdges) clearPaths();
  }
}

// ---------- start ----------

async function start(): Promise<void> {
  page.renderer = createRenderer();
  const measure = byId<HTMLSelectElement>("measure");
  measure.replaceChildren(...MEASURES.map((m) => h("option", { value: m, selected: m === state.measure }, m)));
  measure.addEventListener("change", () => {
    setState({ measure: measure.value, sort: state.sort === DEFAULT_STATE.sort || !TABLE_MEASURES.includes(state.sort) ? measure.value : state.sort });
    void applySizes().then(() => { if (state.actor) void openPanel(state.actor); if (state.view === "table") void renderTable(); });
  });
  const color = byId<HTMLSelectElement>("color");
  color.value = state.color;
  color.addEventListener("change", () => {
    setState({ color: color.value === "kind" ? "kind" : "community" });
    void applyColors();
  });
  byId("tab-graph").addEventListener("click", () => setView("graph"));
  byId("tab-table").addEventListener("click", () => setView("table"));
  byId("time-from").addEventListener("input", onTimeInput);
  byId("time-to").addEventListener("input", onTimeInput);
  byId("min-weight").addEventListener("input", onNumberInput);
  byId("min-confidence").addEventListener("input", onNumberInput);
  byId("reset-filters").addEventListener("click", resetFilters);
  byId("panel-close").addEventListener("click", closePanel);
  byId("download-png").addEventListener("click", downloadPng);
  document.addEventListener("keydown", onKey);
  renderNumberInputs();

  const search = byId<HTMLInputElement>("search");
  attachSuggestions(search, byId<HTMLUListElement>("search-suggestions"), (key) => select(key, true));
  const pathFrom = byId<HTMLInputElement>("path-from");
  const pathTo = byId<HTMLInputElement>("path-to");
  attachSuggestions(pathFrom, pathFrom.nextElementSibling as HTMLUListElement, (key) => setState({ pathFrom: key }));
  attachSuggestions(pathTo, pathTo.nextElementSibling as HTMLUListElement, (key) => setState({ pathTo: key }));
  byId("path-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const from = resolveActor(pathFrom), to = resolveActor(pathTo);
    if (!from || !to) {
      byId("path-results").replaceChildren(h("p", { class: "error" }, `Pick ${!from ? "the first" : "the second"} actor from the suggestions.`));
      return;
    }
    setState({ pathFrom: from, pathTo: to });
    void findPaths();
  });
  byId("path-clear").addEventListener("click", clearPaths);

  try {
    stats = await api.stats();
  } catch (e) {
    showMessage(`The service does not answer: ${(e as Error).message}`, "error", "Try again", () => location.reload());
    return;
  }
  setView(state.view);
  await loadGraph();
  if (state.pathFrom) setPathEnd("from", state.pathFrom, false);
  if (state.pathTo) setPathEnd("to", state.pathTo);
  // In the ego view the whole neighbourhood is the point: no zooming in on its centre.
  if (state.actor) select(state.actor, !state.ego);
}

void start();
