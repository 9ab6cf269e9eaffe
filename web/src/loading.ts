// Loading the drawing for the view's filter (or an actor's neighbourhood) into the scene that the renderer and the
// panels follow. Positions come settled from the server, so the first picture is the final one.

import { api, type Drawing, type Stats } from "./api";
import type { Analyses } from "./analyses";
import { buildGraph, emptyGraph, labelOf, type ActorGraph } from "./graph";
import type { Messages } from "./panels/messages";
import { filterQuery, type ViewState } from "./state";
import { changed, store, type Store } from "./store";
import { FILTER_KEYS, type View } from "./view";

/** How much of a network too large to draw whole the drawing shows. */
export interface Cut {
  readonly totalNodes: number;
  readonly totalEdges: number;
  readonly rankedBy: string;
}

export interface Scene {
  readonly graph: ActorGraph;
  /** The distinct days of the relations under the filter without its time window: the time slider's steps. */
  readonly timeSteps: readonly string[];
  /** Set when the drawing shows only the top actors of the network. */
  readonly cut: Cut | null;
}

export interface Loader {
  load(): Promise<void>;
  /** How many loads have finished, sizes and colours included. */
  readonly loads: number;
  /** Whether the drawing in view has its settled positions. */
  readonly drawn: boolean;
}

export interface LoaderParts {
  view: View;
  stats: Stats;
  analyses: Analyses;
  messages: Messages;
  /** Sizes and colours the new graph (from the analyses); resolves when done or aborted. */
  paint: (signal: AbortSignal) => Promise<void>;
  resetFilters: () => void;
}

/** The scene comes first: the drawing subscribes to it before the loader exists. */
export function sceneStore(): Store<Scene> {
  return store<Scene>({ graph: emptyGraph(), timeSteps: [], cut: null });
}

/** What the status line says about a drawing. */
export function describe(graph: ActorGraph, cut: Cut | null, ego: string | null): string {
  const n = (v: number) => v.toLocaleString("en");
  if (cut) {
    return `${n(graph.order)} of ${n(cut.totalNodes)} actors (the top by ${cut.rankedBy}) and the ${n(graph.size)} relations among them; ` +
      "filter, search or open an actor's neighbourhood to see more.";
  }
  return `${n(graph.order)} nodes, ${n(graph.size)} relations` + (ego ? ` around ${labelOf(graph, ego)}` : "");
}

export function loader(scene: Store<Scene>, parts: LoaderParts): Loader {
  const { view, stats, analyses, messages } = parts;
  let controller: AbortController | null = null;
  let loads = 0;
  let drawn = false;

  const load = async () => {
    controller?.abort();
    const current = controller = new AbortController();
    const signal = current.signal;
    const state = view.get();
    messages.hide();
    messages.status("Loading the network…");
    if (state.types !== null && state.types.length === 0) {
      scene.set({ graph: emptyGraph(), timeSteps: scene.get().timeSteps, cut: null });
      messages.show("No relation type is selected: tick at least one in the filters.", "info");
      messages.status("");
      return;
    }
    const filter = filterQuery(state);
    // The measures depend only on the filter: let the server compute them while the drawing is on its way.
    analyses.measure(state.measure, filter).catch(() => undefined);
    if (state.color === "community") analyses.communities(filter).catch(() => undefined);
    let data: Drawing;
    let timeSteps = scene.get().timeSteps;
    try {
      const time = (state.from || state.to) && timeSteps.length === 0
        // The slider spans all dates: with a window in the link, ask once for the unwindowed dates too.
        ? api.drawing(filterQuery({ ...state, from: null, to: null }), state, signal).then((d) => { timeSteps = d.values.days; })
        : Promise.resolve();
      // A layout the server has not finished yet comes first as a provisional picture; the settled one follows.
      [data] = await Promise.all([api.drawing(filter, state, signal, true), time]);
    } catch (e) {
      if (signal.aborted) return;
      messages.status("");
      messages.show(`Could not load the network: ${(e as Error).message}`, "error", "Try again", () => void load());
      return;
    }
    if (signal.aborted) return;
    performance.mark("actorgraph:data"); // bench/web reads these marks
    if (!state.from && !state.to) timeSteps = data.values.days;
    const graph = buildGraph(data);
    performance.mark("actorgraph:built");
    const cut = data.rankedBy ? { totalNodes: data.totalNodes, totalEdges: data.totalEdges, rankedBy: data.rankedBy } : null;
    scene.set({ graph, timeSteps, cut });
    drawn = data.settled;
    if (graph.order === 0) {
      messages.status("");
      if (stats.relations === 0 && stats.actors === 0) {
        messages.show("The store is empty. Load data with `actorgraph ingest …` or `actorgraph sample`, or POST to /api/ingest.", "info");
      } else {
        messages.show("No relation matches these filters.", "info", "Reset filters", parts.resetFilters);
      }
    }
    await parts.paint(signal);
    if (signal.aborted) return;
    messages.status(describe(graph, cut, state.ego) + (data.settled ? "" : " Provisional layout: the settled picture follows when the server has computed it."));
    loads++;
    performance.mark("actorgraph:painted");
    if (!data.settled) await settle(graph, filter, state, signal);
  };

  /** Moves the nodes of a provisional picture to their settled positions, once the server has them. */
  const settle = async (graph: ActorGraph, filter: URLSearchParams, state: ViewState, signal: AbortSignal) => {
    let data: Drawing;
    try {
      data = await api.drawing(filter, state, signal);
    } catch (e) {
      if (!signal.aborted) messages.status(`${describe(graph, scene.get().cut, state.ego)} The settled layout failed: ${(e as Error).message}`);
      return;
    }
    if (signal.aborted) return;
    const at = new Map(data.nodes.keys.map((key, i) => [key, i]));
    graph.updateEachNodeAttributes((key, a) => {
      const i = at.get(key);
      if (i !== undefined) {
        a.x = data.nodes.x[i];
        a.y = data.nodes.y[i];
      }
      return a;
    }, { attributes: ["x", "y"] });
    drawn = true;
    messages.status(describe(graph, scene.get().cut, state.ego));
    performance.mark("actorgraph:settled");
  };

  view.subscribe((s, previous) => {
    // A drawing of the top actors shows others when the measure changes.
    if (changed(s, previous, [...FILTER_KEYS, "ego", "radius"]) || (s.measure !== previous.measure && scene.get().cut)) void load();
  });
  return { load, get loads() { return loads; }, get drawn() { return drawn; } };
}
