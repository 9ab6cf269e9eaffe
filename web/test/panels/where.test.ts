import { test } from "node:test";
import assert from "node:assert/strict";
import { describeWhere, meeting } from "../../src/panels/where";

const values = [
  { id: "x:big", name: "Big", value: 80_000, text: null },
  { id: "x:edge", name: "Edge", value: 1_000, text: null },
  { id: "x:small", name: "Small", value: 999, text: null },
  { id: "x:zero", name: "Zero", value: 0, text: null },
];

test("a bound keeps the actors at or above it, and no actor without a value", () => {
  assert.deepEqual([...meeting({ name: "followers_count", atLeast: 1000, is: null }, values)].sort(), ["x:big", "x:edge"]);
  assert.deepEqual([...meeting({ name: "followers_count", atLeast: 0, is: null }, [...values, { id: "x:none", name: "None", value: null, text: null }])].length, 4);
});

test("a category keeps exactly the actors holding that value", () => {
  const types = [
    { id: "a", name: "A", value: null, text: "blue" },
    { id: "b", name: "B", value: null, text: "government" },
    { id: "c", name: "C", value: null, text: "blue" },
  ];
  assert.deepEqual([...meeting({ name: "verified_type", atLeast: null, is: "blue" }, types)], ["a", "c"]);
  assert.equal(meeting({ name: "verified_type", atLeast: null, is: "Blue" }, types).size, 0);
});

test("the note says how many are shown and how many were hidden for lacking the attribute", () => {
  assert.equal(describeWhere({ name: "followers_count", atLeast: 1000, is: null }, 2, 5, 4),
    "Showing 2 of 5 nodes: followers_count ≥ 1,000; 1 without followers_count hidden.");
  assert.equal(describeWhere({ name: "verified_type", atLeast: null, is: "blue" }, 2, 4, 4), "Showing 2 of 4 nodes: verified_type = blue.");
});
