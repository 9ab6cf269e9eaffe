import { test } from "node:test";
import assert from "node:assert/strict";
import { fetchFile, holdsKey } from "../src/api";

/** A tab's session storage (holding the key or not) and a server answering every fetch with `answer`. */
function browser(key: string | null, answer: () => Response): { url: string; headers: Record<string, string> }[] {
  const items = new Map<string, string>(key === null ? [] : [["actorgraph.apiKey", key]]);
  const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  Object.defineProperty(globalThis, "sessionStorage", { value: storage, configurable: true });
  const calls: { url: string; headers: Record<string, string> }[] = [];
  Object.defineProperty(globalThis, "fetch", {
    value: async (url: string, init: RequestInit) => {
      calls.push({ url, headers: init.headers as Record<string, string> });
      return answer();
    },
    configurable: true,
  });
  return calls;
}

test("on a server that asked for the key, a download is fetched with it and named as the server names it", async () => {
  const calls = browser("s3cret", () => new Response("<gexf/>", { headers: { "content-disposition": "attachment; filename=actorgraph.gexf; filename*=UTF-8''actorgraph%20story.gexf" } }));
  assert.equal(holdsKey(), true);

  const file = await fetchFile("api/export/gexf?types=TAGGED&measures=true");

  assert.deepEqual(calls.map((c) => [c.url, c.headers["x-api-key"]]), [["api/export/gexf?types=TAGGED&measures=true", "s3cret"]]);
  assert.equal(file.name, "actorgraph story.gexf");
  assert.equal(await file.blob.text(), "<gexf/>");
});

test("a download the server refuses fails with the server's reason", async () => {
  browser("s3cret", () => new Response(JSON.stringify({ detail: "types: unknown relation type 'SHOUTED'" }), { status: 400 }));
  await assert.rejects(fetchFile("api/export/gexf?types=SHOUTED"), /SHOUTED/);
});

test("without a key the downloads stay plain links", () => {
  browser(null, () => new Response(""));
  assert.equal(holdsKey(), false);
});
