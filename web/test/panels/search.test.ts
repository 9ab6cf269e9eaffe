import { test } from "node:test";
import assert from "node:assert/strict";
import { buildGraph } from "../../src/graph";
import { suggest } from "../../src/panels/search";
import { drawing } from "../fixtures";

const graph = buildGraph(drawing([
  ["saskia-esken", "Saskia Esken"], ["x:eskenja", "@EskenSaskia"], ["lesk", "Hans Lesk"], ["fan", "Ein Fan"], ["abc-esk", "Anna"],
]));

test("names whose word starts with the text come before names that merely contain it, each group by name", () => {
  assert.deepEqual(suggest(graph, "esk"), ["saskia-esken", "x:eskenja", "abc-esk", "lesk"]);
});

test("case and surrounding space do not matter; ids match too", () => {
  assert.deepEqual(suggest(graph, "  ESKENJA "), ["x:eskenja"]);
});

test("an empty query suggests nothing, and the limit holds", () => {
  assert.deepEqual(suggest(graph, "   "), []);
  assert.equal(suggest(graph, "a", 2).length, 2);
});
