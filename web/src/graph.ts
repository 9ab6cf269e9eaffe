// The drawn network: graphology graph built from the API's data, and what can be read off it without the DOM.

import Graph from "graphology";
import type { SerializedGraph } from "./api";
import type { EdgeFacts } from "./filters";
import { OTHER_COLOR, relationColor, seededPosition } from "./scales";

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
}

export interface EdgeAttributes {
  relation: string;
  weight: number;
  at: string | null;
  size: number;
  color: string;
  type: string;
}

export type ActorGraph = Graph<NodeAttributes, EdgeAttributes>;

export function emptyGraph(): ActorGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: "directed", multi: true, allowSelfLoops: true });
}

/** The graph to draw; positionOf gives a node's kept position, else it starts at a seeded one. */
export function buildGraph(data: SerializedGraph, positionOf: (key: string) => { x: number; y: number } | undefined): ActorGraph {
  const g = emptyGraph();
  const order = data.nodes.length;
  for (const n of data.nodes) {
    const a = n.attributes ?? {};
    const p = positionOf(n.key) ?? seededPosition(n.key, order);
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
  return g;
}

function text(v: unknown): string | null {
  return v === null || v === undefined || v === "" ? null : String(v);
}

/** Type and date of each relation in the API's data, for the filter controls. */
export function edgeFacts(data: SerializedGraph): EdgeFacts[] {
  return data.edges.map((e) => ({ type: String(e.attributes?.type ?? ""), at: (e.attributes?.at as string | null) ?? null }));
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
