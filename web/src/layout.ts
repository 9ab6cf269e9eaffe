// ForceAtlas2 in a web worker (layout.worker.ts) for each new graph, its positions kept so that a filter change
// does not shuffle the drawing.

import type { ActorGraph } from "./graph";
import type { LayoutProgress, LayoutRequest } from "./layout.worker";
import { layoutIterations } from "./filters";
import type { Scene } from "./loading";
import type { Store } from "./store";

export interface Layout {
  /** A node's position from an earlier layout, if any. */
  positionOf(key: string): { x: number; y: number } | undefined;
  /** Whether the current graph's layout has finished. */
  readonly done: boolean;
}

export function layout(scene: Store<Scene>, onError: (message: string) => void): Layout {
  const positions = new Map<string, { x: number; y: number }>();
  let worker: Worker | null = null;
  let done = false;

  const start = (graph: ActorGraph) => {
    worker?.terminate();
    worker = null;
    const keys = graph.nodes();
    // Nodes all placed before (a filter change): keep the drawing as it is.
    if (keys.length === 0 || keys.every((k) => positions.has(k))) {
      done = true;
      return;
    }
    done = false;
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
    const w = worker = new Worker(new URL("dist/layout-worker.js", document.baseURI), { type: "module" });
    w.onmessage = (event: MessageEvent<LayoutProgress>) => {
      if (scene.get().graph !== graph) return;
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
        done = true;
      }
    };
    w.onerror = (event) => {
      onError(`The layout stopped: ${event.message}`);
      done = true;
    };
    w.postMessage({ keys, positions: xy, edges, iterations: layoutIterations(keys.length) } satisfies LayoutRequest, [xy.buffer, edges.buffer]);
  };

  scene.subscribe(({ graph }, previous) => { if (graph !== previous.graph) start(graph); });
  return {
    positionOf: (key) => positions.get(key),
    get done() { return done; },
  };
}
