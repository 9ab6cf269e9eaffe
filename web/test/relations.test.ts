import { test } from "node:test";
import assert from "node:assert/strict";
import { formatValue, groupRelations, ranks, safeHref, sortRows, type Relation } from "../src/relations";

const rel = (source: string, type: string, target: string, at: string | null): Relation =>
  ({ source, type, target, at, weight: 1, evidence: { sourceId: `${source}-${type}-${target}-${at}`, confidence: 1 } });

test("an actor's relations are grouped by type and direction, outgoing first, oldest first", () => {
  const groups = groupRelations("esken", [
    rel("kutcher", "TAGGED", "esken", "2020-08-13"),
    rel("esken", "REPLIED_TO", "kutcher", "2020-08-12"),
    rel("kutcher", "TAGGED", "esken", "2020-08-12"),
    rel("esken", "TAGGED", "kutcher", null),
    rel("esken", "TAGGED", "sippel", "2020-08-14"),
    rel("sippel", "REPLIED_TO", "kutcher", "2020-08-12"), // not hers: left out
  ]);
  assert.deepEqual(groups.map((g) => [g.type, g.direction, g.items.map((i) => i.other)]), [
    ["TAGGED", "out", ["sippel", "kutcher"]], // undated last
    ["TAGGED", "in", ["kutcher", "kutcher"]],
    ["REPLIED_TO", "out", ["kutcher"]],
  ]);
  assert.equal(groups[1].items[0].relation.at, "2020-08-12");
});

test("a self-loop is listed once, as outgoing", () => {
  const groups = groupRelations("a", [rel("a", "QUOTED", "a", null)]);
  assert.deepEqual(groups.map((g) => [g.direction, g.items.length]), [["out", 1]]);
});

test("only http and https URLs become links", () => {
  assert.equal(safeHref("https://example.org/a?b=1"), "https://example.org/a?b=1");
  assert.equal(safeHref("http://example.org"), "http://example.org/");
  assert.equal(safeHref("javascript:alert(1)"), null);
  assert.equal(safeHref(" JavaScript:alert(1)"), null);
  assert.equal(safeHref("data:text/html,<script>"), null);
  assert.equal(safeHref("not a url"), null);
  assert.equal(safeHref(null), null);
});

test("ranks count from the highest value, ties share a rank, missing values have none", () => {
  const r = ranks([
    { id: "a", name: "A", kind: "actor", value: 0.5 }, { id: "b", name: "B", kind: "actor", value: 0.9 },
    { id: "c", name: "C", kind: "actor", value: 0.5 }, { id: "d", name: "D", kind: "actor", value: 0.1 }, { id: "e", name: "E", kind: "actor", value: null },
  ]);
  assert.deepEqual([...r].map(([id, x]) => [id, x.rank]), [["a", 2], ["b", 1], ["c", 2], ["d", 4], ["e", null]]);
});

test("table rows sort numerically or by text, missing values last in both directions", () => {
  const rows = [{ n: "b", v: 10 }, { n: "a", v: 9 }, { n: "c", v: null }, { n: "d", v: 100 }];
  assert.deepEqual(sortRows(rows, "v", true).map((r) => r.n), ["d", "b", "a", "c"]);
  assert.deepEqual(sortRows(rows, "v", false).map((r) => r.n), ["a", "b", "d", "c"]);
  assert.deepEqual(sortRows(rows, "n", false).map((r) => r.n), ["a", "b", "c", "d"]);
});

test("values are shown with four significant digits, integers whole", () => {
  assert.equal(formatValue(3), "3");
  assert.equal(formatValue(0.123456), "0.1235");
  assert.equal(formatValue(12345.6), "12346");
  assert.equal(formatValue(null), "–");
  assert.equal(formatValue(NaN), "–");
});
