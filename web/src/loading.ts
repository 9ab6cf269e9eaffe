// Loading the network for the view's filter (or an actor's neighbourhood) into the scene that the drawing, the
// layout and the panels follow.

import { api, type SerializedGraph, type Stats } from "./api";
import type { Analyses } from "./analyses";
import { dateSteps } from "./filters";
import { buildGraph, edgeFacts, emptyGraph, labelOf, type ActorGraph } from "./graph";
import type { Messages } from "./panels/messages";
import { filterQuery } from "./state";
import { changed, store, type Store } from "./store";
import { FILTER_KEYS, type View } from "./view";

export interface Scene {
  readonly graph: ActorGraph;
  /** The distinct days of the relations under the filter without its time window: the time slider's steps. */
  readonly timeSteps: readonly string[];
}

export interface Loader {
  readonly scene: Store<Scene>;
  load(): Promise<void>;
  /** How many loads have finished, sizes and colours included. */
  readonly loads: number;
}

export interface LoaderParts {
  view: View;
  stats: Stats;
  analyses: Analyses;
  messages: Messages;
  positionOf: (key: string) => { x: number; y: number } | undefined;
  /** Sizes and colours the new graph (from the analyses); resolves when done or aborted. */
  paint: (signal: AbortSignal) => Promise<void>;
  resetFilters: () => void;
}

/** The scene comes first: the drawing and the layout subscribe to it before the loader exists. */
export function sceneStore(): Store<Scene> {
  return store<Scene>({ graph: emptyGraph(), timeSteps: [] });
}

export function loader(scene: Store<Scene>, parts: LoaderParts): Loader {
  const { view, stats, analyses, messages } = parts;
  let controller: AbortController | null = null;
  let loads = 0;

  const load = async () => {
    controller?.abort();
    const current = controller = new AbortController();
    const signal = current.signal;
    const state = view.get();
    messages.hide();
    messages.status("Loading the network…");
    if (state.types !== null && state.types.length === 0) {
      scene.set({ graph: emptyGraph(), timeSteps: scene.get().timeSteps });
      messages.show("No relation type is selected: tick at least one in the filters.", "info");
      messages.status("");
      return;
    }
    const filter = filterQuery(state);
    // The measures depend only on the filter: let the server compute them while the graph is on its way.
    analyses.measure(state.measure, filter).catch(() => undefined);
    if (state.color === "community") analyses.communities(filter).catch(() => undefined);
    let data: SerializedGraph;
    let timeSteps = scene.get().timeSteps;
    try {
      const time = (state.from || state.to) && timeSteps.length === 0
        // The slider spans all dates: with a window in the link, ask once for the unwindowed dates too.
        ? api.graph(filterQuery({ ...state, from: null, to: null }), signal).then((g) => { timeSteps = dateSteps(edgeFacts(g)); })
        : Promise.resolve();
      [data] = await Promise.all([state.ego ? api.ego(state.ego, state.radius, filter, signal) : api.graph(filter, signal), time]);
    } catch (e) {
      if (signal.aborted) return;
      messages.status("");
      messages.show(`Could not load the network: ${(e as Error).message}`, "error", "Try again", () => void load());
      return;
    }
    if (signal.aborted) return;
    if (!state.from && !state.to) timeSteps = dateSteps(edgeFacts(data));
    const graph = buildGraph(data, parts.positionOf);
    scene.set({ graph, timeSteps });
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
    messages.status(`${graph.order.toLocaleString()} nodes, ${graph.size.toLocaleString()} relations` +
      (state.ego ? ` around ${labelOf(graph, state.ego)}` : ""));
    loads++;
  };

  view.subscribe((s, previous) => {
    if (changed(s, previous, [...FILTER_KEYS, "ego", "radius"])) void load();
  });
  return { scene, load, get loads() { return loads; } };
}
