import { test } from "node:test";
import assert from "node:assert/strict";
import { changed, store } from "../src/store";

test("subscribers hear each change with the value before it, until they unsubscribe", () => {
  const s = store(1);
  const heard: [number, number][] = [];
  const stop = s.subscribe((value, previous) => heard.push([value, previous]));
  s.set(2);
  stop();
  s.set(3);
  assert.deepEqual(heard, [[2, 1]]);
  assert.equal(s.get(), 3);
});

test("changed looks only at the named fields", () => {
  assert.equal(changed({ a: 1, b: 2 }, { a: 1, b: 3 }, ["a"]), false);
  assert.equal(changed({ a: 1, b: 2 }, { a: 1, b: 3 }, ["a", "b"]), true);
});
