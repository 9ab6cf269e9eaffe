// What the legend lists, as data: the colour classes of the drawing, the relation types in view, what size means.

import { typeCounts } from "./filters";
import { communityColors, kindColor, OTHER_COLOR, relationColor } from "./scales";
import type { ColorBy } from "./state";

export type LegendItem =
  | { readonly kind: "title" | "hint" | "note"; readonly text: string }
  | { readonly kind: "key"; readonly text: string; readonly color: string; readonly line: boolean };

export interface LegendFacts {
  readonly color: ColorBy;
  /** The communities found, or null when there are none to show (colour by kind, or finding them failed). */
  readonly communities: readonly { id: number; members: readonly { name: string }[] }[] | null;
  /** Each node's kind. */
  readonly kinds: Iterable<string | null>;
  /** Each edge's relation type. */
  readonly relations: Iterable<string>;
  readonly measure: string;
  readonly colorNote: string;
  readonly sizeNote: string;
}

const SHOWN_COMMUNITIES = 8;

export function legendItems(f: LegendFacts): LegendItem[] {
  const items: LegendItem[] = [];
  const coloured = f.color === "community" && f.communities ? communityKeys(f.communities) : [];
  if (coloured.length > 0) {
    items.push({ kind: "title", text: "Communities (Leiden)" });
    for (const c of coloured.slice(0, SHOWN_COMMUNITIES)) {
      items.push({ kind: "key", color: c.color, line: false, text: `${c.names.slice(0, 2).join(", ")}${c.size > 2 ? ` and ${c.size - 2} more` : ""}` });
    }
    if (coloured.length > SHOWN_COMMUNITIES) items.push({ kind: "hint", text: `${coloured.length - SHOWN_COMMUNITIES} more communities; smaller ones in grey.` });
  } else {
    items.push({ kind: "title", text: "Kinds of actor" });
    const kinds = new Map<string, number>();
    for (const k of f.kinds) kinds.set(k ?? "unknown", (kinds.get(k ?? "unknown") ?? 0) + 1);
    for (const [kind, count] of [...kinds].sort((a, b) => b[1] - a[1])) {
      items.push({ kind: "key", color: kindColor(kind === "unknown" ? null : kind), line: false, text: `${kind} (${count})` });
    }
  }
  if (f.colorNote) items.push({ kind: "note", text: f.colorNote });
  items.push({ kind: "title", text: "Relations" });
  for (const [type] of typeCounts([...f.relations].map((type) => ({ type })))) {
    items.push({ kind: "key", color: relationColor(type), line: true, text: type });
  }
  items.push({ kind: "hint", text: `Node size: ${f.measure}. Labels: the largest nodes.` });
  if (f.sizeNote) items.push({ kind: "note", text: f.sizeNote });
  return items;
}

/** The communities that have a colour of their own, largest first, with the colour and the members' names. */
function communityKeys(communities: NonNullable<LegendFacts["communities"]>) {
  const colors = communityColors(communities.map((c) => ({ id: c.id, size: c.members.length })));
  return [...communities]
    .filter((c) => colors.get(c.id) !== OTHER_COLOR)
    .sort((a, b) => b.members.length - a.members.length || a.id - b.id)
    .map((c) => ({ color: colors.get(c.id)!, size: c.members.length, names: c.members.map((m) => m.name) }));
}
