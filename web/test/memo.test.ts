import { test } from "node:test";
import assert from "node:assert/strict";
import { memo } from "../src/memo";

test("one fetch per key, shared by everyone who asks", async () => {
  let calls = 0;
  const get = memo(async (key) => { calls++; return key.length; });
  const [a, b] = await Promise.all([get("abc"), get("abc")]);
  assert.equal(a, 3);
  assert.equal(b, 3);
  assert.equal(calls, 1);
});

test("a failed fetch is forgotten, so asking again retries", async () => {
  let calls = 0;
  const get = memo(async () => { if (++calls === 1) throw new Error("busy"); return "ok"; });
  await assert.rejects(get("k"), /busy/);
  assert.equal(await get("k"), "ok");
  assert.equal(calls, 2);
});

test("beyond its capacity the least recently used key is fetched again", async () => {
  const fetched: string[] = [];
  const get = memo(async (key) => { fetched.push(key); return key; }, 2);
  await get("a");
  await get("b");
  await get("a"); // a is now more recent than b
  await get("c"); // evicts b
  await get("a");
  await get("b");
  assert.deepEqual(fetched, ["a", "b", "c", "b"]);
});
