// The extraction panel: an article (pasted text, or a saved web page opened from disk) → the relations it states
// between the stored actors, each with its evidence sentence and the two mentions and the cue highlighted. The
// relations the user accepts are stored (POST /api/ingest/edges); nothing is stored without that.

import { api, type Proposal, type Span } from "../api";
import { byId, h } from "../dom";
import { relationColor } from "../scales";
import type { LabelOf } from "./parts";

export interface ExtractParts {
  labelOf: LabelOf;
  /** Called after relations were stored, to draw them. */
  stored: () => void;
}

export type MarkKind = "source" | "target" | "cue";

/** A piece of the evidence: plain, or one of the marked words. */
export interface Piece {
  readonly text: string;
  readonly kind: MarkKind | null;
}

/** The evidence cut into plain and marked pieces; a mark overlapping an earlier one (or outside the text) is left out. */
export function markEvidence(p: Proposal): Piece[] {
  const marks: { span: Span; kind: MarkKind }[] = [
    ...(p.sourceMention ? [{ span: p.sourceMention, kind: "source" as const }] : []),
    ...(p.targetMention ? [{ span: p.targetMention, kind: "target" as const }] : []),
    ...p.cueWords.map((span) => ({ span, kind: "cue" as const })),
  ].sort((a, b) => a.span.start - b.span.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const { span, kind } of marks) {
    if (span.start < at || span.start + span.length > p.evidence.length) continue;
    if (span.start > at) pieces.push({ text: p.evidence.slice(at, span.start), kind: null });
    pieces.push({ text: p.evidence.slice(span.start, span.start + span.length), kind });
    at = span.start + span.length;
  }
  if (at < p.evidence.length) pieces.push({ text: p.evidence.slice(at), kind: null });
  return pieces;
}

/** The accepted proposals as an edges CSV (quote = evidence, confidence, extractor, the article's link if given). */
export function edgesCsv(accepted: readonly Proposal[], url: string): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const rows = accepted.map((p) => [p.source, p.relation, p.target, p.evidence, String(p.confidence), "rules (page)", url].map(cell).join(","));
  return ["source,relation,target,quote,confidence,extractor,url", ...rows].join("\n") + "\n";
}

export function extractPanel({ labelOf, stored }: ExtractParts): void {
  const form = byId<HTMLFormElement>("extract-form");
  const text = byId<HTMLTextAreaElement>("extract-text");
  const file = byId<HTMLInputElement>("extract-file");
  const out = byId("extract-results");
  let controller: AbortController | null = null;

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void find();
  });

  async function find(): Promise<void> {
    controller?.abort();
    const current = controller = new AbortController();
    const chosen = file.files?.[0];
    // A saved page goes as HTML (its main text is read on the server); pasted text as it is. A file goes as its bytes:
    // an older page may be ISO-8859-1, which the server reads by the charset the page declares.
    const article = chosen
      ? { content: chosen, type: /\.x?html?$/i.test(chosen.name) ? "text/html" : "text/plain" }
      : { content: text.value, type: "text/plain" };
    if (chosen ? chosen.size === 0 : !text.value.trim()) {
      out.replaceChildren(h("p", { class: "error" }, "Paste an article's text or open a saved page first."));
      return;
    }
    out.replaceChildren(h("p", { class: "hint" }, "Reading the article…"));
    try {
      const result = await api.extract(article, byId<HTMLSelectElement>("extract-language").value, current.signal);
      show(result.proposals, result.language);
    } catch (err) {
      if (!current.signal.aborted) out.replaceChildren(h("p", { class: "error" }, `Could not extract: ${(err as Error).message}`));
    }
  }

  function show(proposals: Proposal[], language: string): void {
    if (proposals.length === 0) {
      out.replaceChildren(h("p", { class: "hint" }, `No relations between stored actors found (read as ${language}).`));
      return;
    }
    const checks = proposals.map(() => h("input", { type: "checkbox" }));
    const store = h("button", { type: "button", disabled: true }, "Store accepted");
    const count = () => checks.filter((c) => c.checked).length;
    for (const c of checks) c.addEventListener("change", () => { store.disabled = count() === 0; store.textContent = `Store accepted (${count()})`; });
    const note = h("p", { class: "hint", "aria-live": "polite" });
    store.addEventListener("click", async () => {
      store.disabled = true;
      try {
        const accepted = proposals.filter((_, i) => checks[i].checked);
        const result = await api.ingestEdges(edgesCsv(accepted, byId<HTMLInputElement>("extract-url").value.trim()));
        note.textContent = `Stored ${result.relationsAdded} relation${result.relationsAdded === 1 ? "" : "s"}` +
          (result.relationsAlreadyStored > 0 ? ` (${result.relationsAlreadyStored} already stored).` : ".");
        for (const c of checks) if (c.checked) c.disabled = true;
        stored();
      } catch (err) {
        note.textContent = `Could not store: ${(err as Error).message}`;
        store.disabled = false;
      }
    });
    out.replaceChildren(
      h("p", { class: "hint" }, `${proposals.length} proposal${proposals.length === 1 ? "" : "s"} (read as ${language}); tick the ones that are right.`),
      h("ol", { class: "proposals" }, ...proposals.map((p, i) => h("li", { class: "proposal" },
        h("label", null, checks[i],
          h("span", { class: "badge", style: `border-color:${relationColor(p.relation)}` }, p.relation), " ",
          // The names in the colours of their marks below.
          h("mark", { class: "mark-source" }, labelOf(p.source)), " → ", h("mark", { class: "mark-target" }, labelOf(p.target)),
          h("small", null, ` · confidence ${p.confidence}`)),
        h("blockquote", { class: "marked" }, ...markEvidence(p).map((piece) =>
          piece.kind ? h("mark", { class: `mark-${piece.kind}`, title: piece.kind === "cue" ? "cue" : `${piece.kind}: ${labelOf(piece.kind === "source" ? p.source : p.target)}` }, piece.text) : piece.text)),
        h("small", { class: "hint" }, p.explanation)))),
      h("div", { class: "proposal-actions" }, store, note));
  }
}
