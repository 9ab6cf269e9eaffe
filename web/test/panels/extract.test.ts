import { test } from "node:test";
import assert from "node:assert/strict";
import type { Proposal, Span } from "../../src/api";
import { edgesCsv, markEvidence } from "../../src/panels/extract";

const evidence = "Am Montag antwortete Lea Krüger dem Abgeordneten Jonas Vogt auf Twitter.";
const span = (text: string, from = 0): Span => ({ text, start: evidence.indexOf(text, from), length: text.length, articleStart: 100 + evidence.indexOf(text, from) });
const proposal = (p: Partial<Proposal> = {}): Proposal => ({
  source: "lea-krueger", relation: "REPLIED_TO", target: "jonas-vogt", evidence, evidenceStart: 100, confidence: 0.9, explanation: "",
  sourceMention: span("Lea Krüger"), targetMention: span("Jonas Vogt"), cueWords: [span("antwortete")], ...p,
});

test("the evidence is cut into plain text and the marked source, target and cue, in the order they stand", () => {
  const pieces = markEvidence(proposal());
  assert.equal(pieces.map((p) => p.text).join(""), evidence);
  assert.deepEqual(pieces.filter((p) => p.kind).map((p) => [p.kind, p.text]),
    [["cue", "antwortete"], ["source", "Lea Krüger"], ["target", "Jonas Vogt"]]);
});

test("a missing mention leaves its words plain; an overlapping or outside mark is left out", () => {
  const pieces = markEvidence(proposal({ targetMention: null, cueWords: [span("antwortete"), { text: "x", start: 12, length: 4, articleStart: 0 }, { text: "y", start: 500, length: 3, articleStart: 0 }] }));
  assert.equal(pieces.map((p) => p.text).join(""), evidence);
  assert.deepEqual(pieces.filter((p) => p.kind).map((p) => p.text), ["antwortete", "Lea Krüger"]);
});

test("accepted proposals become an edges CSV whose quotes survive commas, quotation marks and line breaks", () => {
  const csv = edgesCsv([proposal({ evidence: 'Er sagte: "Nein, danke."\nDann antwortete er.' })], "https://example.org/a");
  assert.equal(csv, 'source,relation,target,quote,confidence,extractor,url\nlea-krueger,REPLIED_TO,jonas-vogt,"Er sagte: ""Nein, danke.""\nDann antwortete er.",0.9,rules (page),https://example.org/a\n');
});
