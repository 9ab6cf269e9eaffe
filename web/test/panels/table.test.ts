import { test } from "node:test";
import assert from "node:assert/strict";
import { tableModel } from "../../src/panels/table";

const actors = [
  { id: "a", name: "Anna", kind: "person", party: null, country: null },
  { id: "b", name: "Bert", kind: "person", party: "SPD", country: "DE" },
  { id: "c", name: "Cleo", kind: "state", party: null, country: "FR" },
];
const degree = new Map([["a", { name: "Anna", value: 1, rank: 3 }], ["b", { name: "Bert", value: 5, rank: 1 }], ["c", { name: "Cleo", value: 2, rank: 2 }]]);

test("rows carry each computed measure; a measure that failed has no column", () => {
  const m = tableModel(actors, [{ name: "degree", values: degree }, { name: "betweenness", values: null }], null, "degree", true);
  assert.deepEqual(m.columns, ["name", "kind", "party", "country", "degree"]);
  assert.deepEqual(m.rows.map((r) => [r.id, r.degree]), [["b", 5], ["c", 2], ["a", 1]]);
});

test("an unknown sort column falls back to degree, then to name", () => {
  assert.equal(tableModel(actors, [{ name: "degree", values: degree }], null, "nonsense", true).sort, "degree");
  const byName = tableModel(actors, [], null, "degree", false);
  assert.equal(byName.sort, "name");
  assert.deepEqual(byName.rows.map((r) => r.id), ["a", "b", "c"]);
});

test("communities add a numeric column; actors without one sort last", () => {
  const m = tableModel(actors, [], new Map([["a", 2], ["c", 0]]), "community", false);
  assert.ok(m.columns.includes("community") && m.numeric.has("community"));
  assert.deepEqual(m.rows.map((r) => [r.id, r.community]), [["c", 0], ["a", 2], ["b", null]]);
});

test("documents are rows only when asked for", () => {
  const withDeclaration = [...actors, { id: "decl", name: "Declaration", kind: "document", party: null, country: null }];
  assert.deepEqual(tableModel(withDeclaration, [], null, "name", false).rows.map((r) => r.id), ["a", "b", "c"]);
  assert.deepEqual(tableModel(withDeclaration, [], null, "name", false, true).rows.map((r) => r.id), ["a", "b", "c", "decl"]);
});
