// Pieces that several panels show: a button opening an actor, a relation's evidence, the radius buttons.

import { api } from "../api";
import { h } from "../dom";
import { formatValue, safeHref, type Relation } from "../relations";

/** Names of actors and documents as the page knows them; the id when it does not. */
export type LabelOf = (id: string) => string;

export function actorButton(id: string, labelOf: LabelOf, open: (id: string) => void): HTMLElement {
  return h("button", { type: "button", class: "actor", onclick: () => open(id) }, labelOf(id));
}

/** A relation's provenance: date, weight, quote, source link, document, observation id. */
export function evidence(r: Relation, labelOf: LabelOf): HTMLElement {
  const meta = [r.at ? r.at.slice(0, 10) : "undated"];
  if (r.weight !== 1) meta.push(`weight ${formatValue(r.weight)}`);
  if (r.evidence.confidence < 1) meta.push(`confidence ${formatValue(r.evidence.confidence)}`);
  if (r.evidence.extractor) meta.push(`by ${r.evidence.extractor}`);
  const href = safeHref(r.evidence.url);
  const document = r.evidence.documentId;
  return h("div", { class: "evidence" },
    h("div", { class: "meta" }, meta.join(" · ")),
    r.evidence.quote ? h("blockquote", null, r.evidence.quote) : h("p", { class: "hint" }, "No quote recorded."),
    h("div", { class: "source" },
      href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, new URL(href).host) : null,
      document ? h("span", { title: document }, `${href ? " · " : ""}${labelOf(document)}`) : null,
      h("small", null, ` (${r.evidence.sourceId})`)));
}

/**
 * Names for the evidence of these relations: the documents they cite, by title (fetched; an id the store does not
 * know keeps its id), over the names the page already knows.
 */
export async function withDocumentTitles(relations: readonly Relation[], labelOf: LabelOf, signal?: AbortSignal): Promise<LabelOf> {
  const ids = [...new Set(relations.map((r) => r.evidence.documentId).filter((d): d is string => !!d))].slice(0, 1000);
  const documents = ids.length > 0 ? await api.documents(ids, signal).catch(() => []) : [];
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  return (id) => titles.get(id) ?? labelOf(id);
}

export const RADII = [1, 2, 3] as const;

/** One button per neighbourhood radius, the current one pressed. */
export function radiusButtons(pressed: (radius: number) => boolean, pick: (radius: number) => void, label: (radius: number) => string): HTMLElement[] {
  return RADII.map((r) => h("button", { type: "button", "aria-pressed": String(pressed(r)), onclick: () => pick(r) }, label(r)));
}
