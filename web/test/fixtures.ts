// A Drawing (the shape of /api/drawing) from plain lists, for tests.

import type { Drawing } from "../src/api";

export function drawing(nodes: readonly (readonly [key: string, label?: string, kind?: string])[],
  edges: readonly (readonly [source: string, target: string, type: string, day?: string])[] = []): Drawing {
  const kinds = [...new Set(nodes.map((n) => n[2]).filter((k): k is string => !!k))];
  const types = [...new Set(edges.map((e) => e[2]))];
  const days = [...new Set(edges.map((e) => e[3]).filter((d): d is string => !!d))].sort();
  const index = new Map(nodes.map((n, i) => [n[0], i]));
  return {
    nodes: {
      keys: nodes.map((n) => n[0]), labels: nodes.map((n) => n[1] ?? n[0]), kind: nodes.map((n) => (n[2] ? kinds.indexOf(n[2]) : -1)),
      party: nodes.map(() => -1), country: nodes.map(() => -1), x: nodes.map((_, i) => i), y: nodes.map((_, i) => -i),
    },
    edges: {
      source: edges.map((e) => index.get(e[0])!), target: edges.map((e) => index.get(e[1])!), type: edges.map((e) => types.indexOf(e[2])),
      weight: edges.map(() => 1), day: edges.map((e) => (e[3] ? days.indexOf(e[3]) : -1)), confidence: edges.map(() => 1),
    },
    values: { kinds, parties: [], countries: [], types, days },
    totalNodes: nodes.length, totalEdges: edges.length, rankedBy: null, settled: true,
  };
}
