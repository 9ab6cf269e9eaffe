import { test } from "node:test";
import assert from "node:assert/strict";
import { decodeState as decodeWith, DEFAULT_STATE, encodeState, filterQuery, type ViewState } from "../src/state";

const decodeState = (search: string) => decodeWith(search, ["degree", "pagerank", "betweenness", "followers_count"]);

test("a state survives the round trip through the URL", () => {
  const s: ViewState = {
    types: ["TAGGED", "REPLIED_TO"], from: "2020-08-01", to: "2020-08-31", minWeight: 2, minConfidence: 0.5,
    measure: "pagerank", where: { name: "followers_count", atLeast: 1000, is: null }, color: "kind", actor: "saskia-esken", ego: "ashton-kutcher", radius: 2,
    pathFrom: "saskia-esken", pathTo: "x:aplusk", view: "table", sort: "betweenness", descending: false,
  };
  assert.deepEqual(decodeState("?" + encodeState(s)), s);
});

test("an attribute condition and an attribute size read plainly in a link and survive the round trip", () => {
  const atLeast: ViewState = { ...DEFAULT_STATE, measure: "followers_count", where: { name: "followers_count", atLeast: 2.5e6, is: null }, sort: "tweet_count" };
  assert.equal(encodeState(atLeast), "measure=followers_count&where=followers_count&atLeast=2500000&sort=tweet_count");
  assert.deepEqual(decodeState("?" + encodeState(atLeast)), atLeast);
  const category: ViewState = { ...DEFAULT_STATE, where: { name: "verified_type", atLeast: null, is: "a&b=c" } };
  assert.equal(encodeState(category), "where=verified_type&is=a%26b%3Dc");
  assert.deepEqual(decodeState("?" + encodeState(category)), category);
});

test("a malformed attribute condition or an unknown size attribute is dropped", () => {
  for (const where of ["where=followers_count&atLeast=many", "where=followers_count", "where=<b>&atLeast=1", "atLeast=5", "is=blue"]) {
    assert.equal(decodeState(`?${where}`).where, null, where);
  }
  assert.equal(decodeState("?measure=shoe_size").measure, DEFAULT_STATE.measure);
});

test("the default state is the empty query string, and the empty query string the default state", () => {
  assert.equal(encodeState(DEFAULT_STATE), "");
  assert.deepEqual(decodeState(""), DEFAULT_STATE);
});

test("ids with reserved characters are escaped", () => {
  const s = { ...DEFAULT_STATE, actor: "x:a&b=c d#e" };
  assert.equal(decodeState(encodeState(s)).actor, "x:a&b=c d#e");
  assert.ok(!encodeState(s).includes("&b="));
});

test("malformed values fall back to the default instead of breaking the page", () => {
  const s = decodeState("?measure=nonsense&radius=9&minConfidence=2&from=yesterday&to=2020-13-45&color=pink&view=chart&sort=<b>");
  assert.equal(s.measure, DEFAULT_STATE.measure);
  assert.equal(s.radius, DEFAULT_STATE.radius);
  assert.equal(s.minConfidence, null);
  assert.equal(s.from, null);
  assert.equal(s.to, null);
  assert.equal(s.color, "community");
  assert.equal(s.view, "graph");
  assert.equal(s.sort, DEFAULT_STATE.sort);
});

test("relation types are read case-insensitively, deduplicated, unknown ones dropped, in legend order", () => {
  assert.deepEqual(decodeState("?types=signed,tagged,TAGGED,bogus").types, ["TAGGED", "SIGNED"]);
});

test("an empty type selection stays empty rather than meaning all", () => {
  const s = decodeState("?types=");
  assert.deepEqual(s.types, []);
  assert.equal(encodeState(s), "types=");
});

test("the API filter carries only the filter fields", () => {
  const s = { ...DEFAULT_STATE, types: ["FOLLOWS"], from: "2020-01-01", minWeight: 0, actor: "a", measure: "pagerank" };
  assert.equal(filterQuery(s).toString(), "types=FOLLOWS&from=2020-01-01&minWeight=0");
});

test("relation types read as a plain comma list in a shared link", () => {
  assert.equal(encodeState({ ...DEFAULT_STATE, types: ["TAGGED", "LIKED"] }), "types=TAGGED,LIKED");
});
