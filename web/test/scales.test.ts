import { test } from "node:test";
import assert from "node:assert/strict";
import {
  communityColors, hash, kindColor, largest, OTHER_COLOR, PALETTE, relationColor, RELATION_COLORS, sizeScale,
} from "../src/scales";
import { RELATION_TYPES } from "../src/state";

test("every relation type has its own colour", () => {
  const colors = RELATION_TYPES.map(relationColor);
  assert.equal(new Set(colors).size, RELATION_TYPES.length);
  assert.ok(!colors.includes(OTHER_COLOR));
  assert.equal(relationColor("SOMETHING_NEW"), OTHER_COLOR);
  assert.equal(Object.keys(RELATION_COLORS).length, RELATION_TYPES.length);
});

test("kinds without a fixed colour get the same palette colour every time, whatever the case", () => {
  assert.equal(kindColor("Committee"), kindColor("committee"));
  assert.ok(PALETTE.includes(kindColor("committee")));
  assert.equal(kindColor(null), OTHER_COLOR);
  assert.notEqual(kindColor("person"), kindColor("state"));
});

test("the largest communities get the palette in order, the rest grey", () => {
  const communities = Array.from({ length: PALETTE.length + 2 }, (_, i) => ({ id: i, size: i + 1 }));
  const colors = communityColors(communities);
  assert.equal(colors.get(PALETTE.length + 1), PALETTE[0]); // the largest
  assert.equal(colors.get(0), OTHER_COLOR); // among the two smallest
  assert.equal(colors.get(1), OTHER_COLOR);
  assert.equal(colors.get(2), PALETTE[PALETTE.length - 1]);
});

test("sizes grow with the value from min to max, area proportional", () => {
  const scale = sizeScale([0, 25, 100, null], 2, 12);
  assert.equal(scale(0), 2);
  assert.equal(scale(100), 12);
  assert.equal(scale(25), 2 + 10 * 0.5); // sqrt(0.25)
  assert.equal(scale(null), 2);
  assert.equal(scale(1000), 12); // clamped
});

test("a measure equal everywhere gives every node the smallest size", () => {
  const scale = sizeScale([3, 3, 3], 2, 12);
  assert.equal(scale(3), 2);
  assert.equal(sizeScale([], 2, 12)(5), 2);
});

test("labels go to the largest nodes, ties broken by key", () => {
  assert.deepEqual([...largest([["a", 1], ["b", 5], ["c", 5], ["d", 3]], 2)].sort(), ["b", "c"]);
  assert.deepEqual([...largest([["b", 5], ["a", 5], ["c", 5]], 1)], ["a"]);
});

test("the hash is FNV-1a", () => {
  // Published FNV-1a 32-bit test vectors.
  assert.equal(hash(""), 0x811c9dc5);
  assert.equal(hash("a"), 0xe40c292c);
  assert.equal(hash("foobar"), 0xbf9cf968);
});
