import { test } from "node:test";
import assert from "node:assert/strict";
import { buildGraph, LARGE, parallelCurvatures, pathEdgeKeys } from "../src/graph";
import { drawing } from "./fixtures";

const data = drawing([["a", "Alice", "person"], ["b"], ["c"], ["d"]], [
  ["a", "b", "TAGGED", "2020-08-12"],
  ["a", "b", "REPLIED_TO"],
  ["c", "b", "CO_SIGNED"],
  ["c", "d", "TAGGED"],
]);

const edgesOf = (g: ReturnType<typeof buildGraph>, keys: Set<string>) =>
  [...keys].map((e) => `${g.source(e)}-${g.getEdgeAttribute(e, "relation")}-${g.target(e)}`).sort();

test("a path step lights every parallel relation in its direction", () => {
  const g = buildGraph(data);
  assert.deepEqual(edgesOf(g, pathEdgeKeys(g, [{ from: "a", to: "b" }])), ["a-REPLIED_TO-b", "a-TAGGED-b"]);
});

test("a step with no relation in its direction lights those the other way", () => {
  const g = buildGraph(data);
  assert.deepEqual(edgesOf(g, pathEdgeKeys(g, [{ from: "b", to: "c" }, { from: "c", to: "d" }])), ["c-CO_SIGNED-b", "c-TAGGED-d"]);
});

test("a step to an actor not in view lights nothing", () => {
  const g = buildGraph(data);
  assert.equal(pathEdgeKeys(g, [{ from: "a", to: "zed" }]).size, 0);
});

test("the graph reads the columns: positions, names, kinds and the day of each relation", () => {
  const g = buildGraph(data);
  assert.deepEqual([g.getNodeAttribute("b", "x"), g.getNodeAttribute("b", "y")], [1, -1]);
  assert.equal(g.getNodeAttribute("a", "name"), "Alice");
  assert.equal(g.getNodeAttribute("a", "kind"), "person");
  assert.equal(g.getNodeAttribute("b", "kind"), null);
  assert.deepEqual(g.mapEdges((_e, a) => a.at), ["2020-08-12", null, null, null]);
  assert.equal(g.size, 4);
});

test("parallel relations fan out as curves on both sides; a lone relation and the middle of three stay straight", () => {
  // 0→1 twice and 1→0 once (three between the pair), 2→3 once.
  const c = parallelCurvatures([0, 1, 0, 2], [1, 0, 1, 3]);
  assert.deepEqual([...c.keys()].sort(), [0, 2]);
  assert.equal(c.get(0), -0.3);
  assert.equal(c.get(2), 0.3);
  // Two in opposite directions: the same sign, which bends them to opposite sides since each runs the other way.
  const d = parallelCurvatures([0, 1], [1, 0]);
  assert.deepEqual([d.get(0), d.get(1)], [-0.15, -0.15]);
});

test("parallel relations are drawn as curves", () => {
  const g = buildGraph(data);
  assert.deepEqual(g.mapEdges((_e, a) => a.type), ["curvedArrow", "curvedArrow", "arrow", "arrow"]);
});

test("a large drawing takes one-pixel lines and point nodes, parallel relations straight, and keeps every relation", () => {
  const keys = Array.from({ length: 200 }, (_, i) => [`a${i}`] as const);
  const edges = Array.from({ length: LARGE + 1 }, (_, e) => [`a${e % 200}`, `a${(e * 7 + 1) % 200}`, e % 2 ? "TAGGED" : "LIKED"] as const);
  const g = buildGraph(drawing(keys, edges));
  assert.equal(g.size, LARGE + 1);
  assert.deepEqual(new Set(g.mapEdges((_e, a) => a.type)), new Set(["thin"]));
  assert.equal(g.someEdge((_e, a) => a.curvature !== undefined), false);
  assert.deepEqual(new Set(g.mapNodes((_n, a) => a.type)), new Set(["point"]));
  assert.equal(g.getEdgeAttribute(g.edges("a1", "a8")[0], "relation"), "TAGGED");
});
