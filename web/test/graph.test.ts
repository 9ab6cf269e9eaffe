import { test } from "node:test";
import assert from "node:assert/strict";
import { buildGraph, pathEdgeKeys } from "../src/graph";

const data = {
  nodes: [{ key: "a", attributes: { label: "Alice" } }, { key: "b" }, { key: "c" }, { key: "d" }],
  edges: [
    { key: "e1", source: "a", target: "b", attributes: { type: "TAGGED" } },
    { key: "e2", source: "a", target: "b", attributes: { type: "REPLIED_TO" } },
    { key: "e3", source: "c", target: "b", attributes: { type: "CO_SIGNED" } },
    { key: "e4", source: "c", target: "d", attributes: { type: "TAGGED" } },
    { key: "gone", source: "a", target: "nobody", attributes: { type: "TAGGED" } },
  ],
};

test("a path step lights every parallel relation in its direction", () => {
  const g = buildGraph(data, () => undefined);
  assert.deepEqual([...pathEdgeKeys(g, [{ from: "a", to: "b" }])].sort(), ["e1", "e2"]);
});

test("a step with no relation in its direction lights those the other way", () => {
  const g = buildGraph(data, () => undefined);
  assert.deepEqual([...pathEdgeKeys(g, [{ from: "b", to: "c" }, { from: "c", to: "d" }])].sort(), ["e3", "e4"]);
});

test("a step to an actor not in view lights nothing", () => {
  const g = buildGraph(data, () => undefined);
  assert.equal(pathEdgeKeys(g, [{ from: "a", to: "zed" }]).size, 0);
});

test("the graph keeps given positions, names by label else key, and drops edges to missing nodes", () => {
  const g = buildGraph(data, (key) => (key === "a" ? { x: 3, y: 4 } : undefined));
  assert.deepEqual([g.getNodeAttribute("a", "x"), g.getNodeAttribute("a", "y")], [3, 4]);
  assert.equal(g.getNodeAttribute("a", "name"), "Alice");
  assert.equal(g.getNodeAttribute("b", "name"), "b");
  assert.equal(g.size, 4);
});
