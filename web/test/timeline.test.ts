import { test } from "node:test";
import assert from "node:assert/strict";
import { chartPoints, periodOf, periodsBetween, rankChanges, unitFor, type Timeline } from "../src/timeline";

test("periods are labelled as the API labels them, ISO weeks across a new year included", () => {
  assert.deepEqual(periodOf("2024-03-20", "month"), { label: "2024-03", from: "2024-03-01", to: "2024-03-31" });
  assert.deepEqual(periodOf("2024-02-10", "month"), { label: "2024-02", from: "2024-02-01", to: "2024-02-29" });
  assert.deepEqual(periodOf("2024-03-20", "week"), { label: "2024-W12", from: "2024-03-18", to: "2024-03-24" });
  assert.deepEqual(periodOf("2021-01-02", "week"), { label: "2020-W53", from: "2020-12-28", to: "2021-01-03" });
  assert.deepEqual(periodOf("2024-12-30", "week"), { label: "2025-W01", from: "2024-12-30", to: "2025-01-05" });
  assert.deepEqual(periodOf("2024-11-05", "quarter"), { label: "2024-Q4", from: "2024-10-01", to: "2024-12-31" });
  assert.deepEqual(periodOf("2024-11-05", "year"), { label: "2024", from: "2024-01-01", to: "2024-12-31" });
});

test("the periods between two days include the empty ones and touch without overlap", () => {
  const months = periodsBetween("2024-01-15", "2024-04-02", "month");
  assert.deepEqual(months.map((p) => p.label), ["2024-01", "2024-02", "2024-03", "2024-04"]);
  for (let i = 1; i < months.length; i++) assert.equal(Date.parse(months[i].from) - Date.parse(months[i - 1].to), 86_400_000);
});

test("the unit keeps the number of periods small", () => {
  assert.equal(unitFor("2024-01-01", "2024-01-20"), "day");
  assert.equal(unitFor("2024-01-01", "2024-05-01"), "week");
  assert.equal(unitFor("2024-01-01", "2025-06-30"), "month");
  assert.equal(unitFor("2012-01-01", "2020-06-30"), "quarter");
  assert.equal(unitFor("1990-01-01", "2024-06-30"), "year");
});

const timeline: Timeline = {
  measure: "degree", every: "month", window: 1, periods: ["2024-01", "2024-02", "2024-03"],
  series: [
    { id: "anna", name: "Anna", values: [5, null, 1], ranks: [1, null, 3] },
    { id: "ben", name: "Ben", values: [1, 2, 6], ranks: [4, 1, 1] },
    { id: "carl", name: "Carl", values: [null, 1, 2], ranks: [null, 2, 2] },
  ],
};

test("rank changes count places gained between two periods, for actors ranked in both", () => {
  assert.deepEqual([...rankChanges(timeline, "2024-01", "2024-03")], [["anna", -2], ["ben", 3]]);
  assert.equal(rankChanges(timeline, "2024-01", "2099-01").size, 0);
});

test("a missing value breaks the chart's line and the highest value is at the top", () => {
  const { path, dots } = chartPoints([5, null, 1, 3], 100, 50, 0);
  assert.equal(path, "M0 0M66.7 40L100 20");
  assert.deepEqual(dots.map((d) => d.value), [5, 1, 3]);
});
