import { test } from "node:test";
import assert from "node:assert/strict";
import { dateSteps, indexesOf, typeCounts, windowOf } from "../src/filters";

const edges = [
  { type: "SIGNED", at: "2012-12-05T00:00:00Z" },
  { type: "TAGGED", at: "2020-08-12" },
  { type: "TAGGED", at: "2020-08-12T21:04:00+02:00" },
  { type: "REPLIED_TO", at: "2020-08-13" },
  { type: "MEMBER_OF", at: null },
];

test("type counts come in legend order", () => {
  assert.deepEqual(typeCounts(edges), [["TAGGED", 2], ["REPLIED_TO", 1], ["SIGNED", 1], ["MEMBER_OF", 1]]);
});

test("the time slider steps over distinct days, undated relations adding none", () => {
  assert.deepEqual(dateSteps(edges), ["2012-12-05", "2020-08-12", "2020-08-13"]);
});

test("a slider at both ends leaves the window open, so undated relations stay", () => {
  const steps = dateSteps(edges);
  assert.deepEqual(windowOf(steps, 0, 2), { from: null, to: null });
  assert.deepEqual(windowOf(steps, 1, 2), { from: "2020-08-12", to: null });
  assert.deepEqual(windowOf(steps, 0, 1), { from: null, to: "2020-08-12" });
  assert.deepEqual(windowOf(steps, 2, 1), { from: "2020-08-12", to: null }); // crossed thumbs
  assert.deepEqual(windowOf([], 0, 0), { from: null, to: null });
});

test("a window from a link puts the slider on the days inside it", () => {
  const steps = ["2012-12-05", "2020-08-12", "2020-08-13"];
  assert.deepEqual(indexesOf(steps, null, null), [0, 2]);
  assert.deepEqual(indexesOf(steps, "2013-01-01", "2020-08-12"), [1, 1]);
  assert.deepEqual(indexesOf(steps, "2021-01-01", null), [2, 2]);
  assert.deepEqual(indexesOf(steps, null, "2000-01-01"), [0, 0]);
});
