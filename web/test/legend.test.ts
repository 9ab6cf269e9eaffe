import { test } from "node:test";
import assert from "node:assert/strict";
import { legendItems, type LegendFacts } from "../src/legend";
import { kindColor, PALETTE, relationColor } from "../src/scales";

const facts: LegendFacts = {
  color: "community", communities: null, kinds: ["person", "person", null, "state"], relations: ["SIGNED", "TAGGED", "TAGGED"],
  measure: "pagerank", colorNote: "", sizeNote: "",
};

test("colour by kind lists the kinds by count, unknown kinds named so", () => {
  const items = legendItems({ ...facts, color: "kind" });
  assert.deepEqual(items.slice(0, 4), [
    { kind: "title", text: "Kinds of actor" },
    { kind: "key", color: kindColor("person"), line: false, text: "person (2)" },
    { kind: "key", color: kindColor(null), line: false, text: "unknown (1)" },
    { kind: "key", color: kindColor("state"), line: false, text: "state (1)" },
  ]);
});

test("communities come largest first with two names, the grey ones counted in a hint", () => {
  const communities = Array.from({ length: 14 }, (_, id) => ({ id, members: Array.from({ length: 20 - id }, (_, m) => ({ name: `c${id}m${m}` })) }));
  const items = legendItems({ ...facts, communities });
  assert.deepEqual(items[0], { kind: "title", text: "Communities (Leiden)" });
  assert.deepEqual(items[1], { kind: "key", color: PALETTE[0], line: false, text: "c0m0, c0m1 and 18 more" });
  assert.equal(items.filter((i) => i.kind === "key" && !i.line).length, 8);
  // 12 palette colours, 8 listed: 4 more; the last two communities are grey and not counted.
  assert.ok(items.some((i) => i.kind === "hint" && i.text === "4 more communities; smaller ones in grey."));
});

test("relation types in legend order, then what size means and the notes", () => {
  const items = legendItems({ ...facts, color: "kind", colorNote: "", sizeNote: "Could not compute pagerank." });
  const tail = items.slice(items.findIndex((i) => i.kind === "title" && i.text === "Relations"));
  assert.deepEqual(tail, [
    { kind: "title", text: "Relations" },
    { kind: "key", color: relationColor("TAGGED"), line: true, text: "TAGGED" },
    { kind: "key", color: relationColor("SIGNED"), line: true, text: "SIGNED" },
    { kind: "hint", text: "Node size: pagerank. Labels: the largest nodes." },
    { kind: "note", text: "Could not compute pagerank." },
  ]);
});
