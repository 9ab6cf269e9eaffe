// ForceAtlas2 off the main thread. A fixed number of iterations from seeded positions makes the layout the same
// for the same data on every load, and the worker ends by itself; positions are posted along the way so the
// drawing settles visibly.

import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

export interface LayoutRequest {
  keys: string[];
  /** x0, y0, x1, y1… in the order of keys. */
  positions: Float32Array;
  /** Source and target indexes into keys, two per edge. */
  edges: Uint32Array;
  iterations: number;
}

export interface LayoutProgress {
  positions: Float32Array;
  done: boolean;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { keys, positions, edges, iterations } = event.data;
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  keys.forEach((key, i) => graph.addNode(key, { x: positions[2 * i], y: positions[2 * i + 1] }));
  for (let e = 0; e < edges.length; e += 2) {
    const s = keys[edges[e]], t = keys[edges[e + 1]];
    if (s === t) continue;
    // Parallel relations pull harder: they add up to the edge's weight.
    if (graph.hasEdge(s, t)) graph.updateEdgeAttribute(s, t, "weight", (w: number | undefined) => (w ?? 1) + 1);
    else graph.addEdge(s, t, { weight: 1 });
  }
  // Strong gravity keeps separate components (a story's side threads) near the centre instead of drifting off.
  const settings = { ...forceAtlas2.inferSettings(graph), gravity: 0.6, strongGravityMode: true, edgeWeightInfluence: 0.5 };
  // Each post makes the page redraw everything: a dozen for a small graph, only a few for a large one.
  const chunk = Math.ceil(iterations / (graph.order + graph.size > 20_000 ? 4 : 12));
  for (let done = 0; done < iterations; done += chunk) {
    forceAtlas2.assign(graph, { iterations: Math.min(chunk, iterations - done), settings, getEdgeWeight: "weight" });
    const out = new Float32Array(keys.length * 2);
    keys.forEach((key, i) => {
      out[2 * i] = graph.getNodeAttribute(key, "x");
      out[2 * i + 1] = graph.getNodeAttribute(key, "y");
    });
    const last = done + chunk >= iterations;
    (self as unknown as Worker).postMessage({ positions: out, done: last } satisfies LayoutProgress, [out.buffer]);
  }
};
