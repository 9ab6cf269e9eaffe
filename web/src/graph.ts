// The drawn network: graphology graph built from the API's data, and what can be read off it without the DOM.

import Graph from "graphology";
import type { Drawing } from "./api";
import { OTHER_COLOR, relationColor } from "./scales";

export interface NodeAttributes {
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
  /** Hidden by the attribute filter (panels/where.ts); sigma hides its relations too. */
  hidden?: boolean;
  /** "point" (see LARGE) or absent: sigma's default circle. */
  type?: string;
}

export interface EdgeAttributes {
  relation: string;
  weight: number;
  at: string | null;
  size: number;
  color: string;
  /** "arrow", "curvedArrow" for one of several relations between the same two actors, or "thin" (see LARGE). */
  type: string;
  /** How far a parallel relation bends away from the straight line (see parallelCurvatures). */
  curvature?: number;
  /** Hidden with an actor at either end (panels/where.ts). */
  hidden?: boolean;
}

export type ActorGraph = Graph<NodeAttributes, EdgeAttributes>;

/** The kind of a document node (Drawing.cs, ExportNode.DocumentKind): a node of SIGNED, not an actor. */
export const DOCUMENT_KIND = "document";

export function emptyGraph(): ActorGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: "directed", multi: true, allowSelfLoops: true });
}

/**
 * Beyond this many relations the drawing takes the cheapest programs, because software WebGL (no GPU) spends its time
 * rasterising: one-pixel lines (gl.LINES) instead of arrow and rectangle triangles, nodes as point sprites, and
 * parallel relations not fanned out (at that size a curve is not seen).
 */
export const LARGE = 5000;

/** The graph to draw, nodes at the positions the server settled; built straight from the columns. */
export function buildGraph(d: Drawing): ActorGraph {
  const g = emptyGraph();
  const { nodes, edges, values } = d;
  const value = (list: string[], i: number) => (i >= 0 && i < list.length ? list[i] : null);
  const large = edges.source.length > LARGE;
  for (let i = 0; i < nodes.keys.length; i++) {
    const key = nodes.keys[i];
    const name = nodes.labels[i] ?? key;
    g.mergeNode(key, {
      name, label: name.length > 36 ? `${name.slice(0, 34).trimEnd()}…` : name,
      kind: value(values.kinds, nodes.kind[i]), party: value(values.parties, nodes.party[i]), country: value(values.countries, nodes.country[i]),
      x: nodes.x[i], y: nodes.y[i], size: 4, color: OTHER_COLOR,
      ...(large ? { type: "point" } : {}),
    });
  }
  const types = values.types.map((t) => ({ relation: t, color: relationColor(t) }));
  const curvatures = large ? new Map<number, number>() : parallelCurvatures(edges.source, edges.target);
  for (let e = 0; e < edges.source.length; e++) {
    const { relation, color } = types[edges.type[e]] ?? { relation: "", color: relationColor("") };
    const weight = edges.weight[e];
    const curvature = curvatures.get(e);
    const attributes: EdgeAttributes = {
      relation, weight, at: value(values.days, edges.day[e]), color,
      size: large ? 0.6 : 1.6 + Math.min(3, Math.log2(Math.max(1, weight))),
      type: large ? "thin" : curvature === undefined ? "arrow" : "curvedArrow",
    };
    if (curvature !== undefined) attributes.curvature = curvature;
    g.addEdge(nodes.keys[edges.source[e]], nodes.keys[edges.target[e]], attributes);
  }
  return g;
}

/**
 * Curvatures that fan out the relations between the same two actors (either direction), so that each shows: the
 * k-th of n bends by 0.3·(k − (n−1)/2), the middle one of an odd number stays straight (absent from the map).
 * The sign follows the pair's order, so a→b and b→a bend to opposite sides of the line.
 */
export function parallelCurvatures(source: readonly number[], target: readonly number[]): Map<number, number> {
  const byPair = new Map<string, number[]>();
  source.forEach((s, e) => {
    const t = target[e];
    if (s === t) return;
    const key = s < t ? `${s} ${t}` : `${t} ${s}`;
    const list = byPair.get(key);
    if (list) list.push(e);
    else byPair.set(key, [e]);
  });
  const curvatures = new Map<number, number>();
  for (const list of byPair.values()) {
    if (list.length < 2) continue;
    list.forEach((e, k) => {
      const c = 0.3 * (k - (list.length - 1) / 2);
      if (c !== 0) curvatures.set(e, source[e] < target[e] ? c : -c);
    });
  }
  return curvatures;
}

/** An actor's name when it is in view, else its id. */
export function labelOf(graph: ActorGraph, id: string): string {
  return graph.hasNode(id) ? graph.getNodeAttribute(id, "name") : id;
}

/**
 * The drawn edges along path steps: each step's relations from its first to its second actor, or, when there are
 * none in that direction (a step along a co-signing, say), those the other way.
 */
export function pathEdgeKeys(graph: ActorGraph, steps: Iterable<{ from: string; to: string }>): Set<string> {
  const keys = new Set<string>();
  for (const step of steps) {
    if (!graph.hasNode(step.from) || !graph.hasNode(step.to)) continue;
    const forward = graph.edges(step.from, step.to);
    for (const e of forward.length > 0 ? forward : graph.edges(step.to, step.from)) keys.add(e);
  }
  return keys;
}
