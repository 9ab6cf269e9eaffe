// Shapes of the relations the API returns, and how the actor panel and the table arrange them.

import { byRelationOrder } from "./state";

export interface Evidence {
  readonly sourceId: string;
  readonly url?: string | null;
  readonly quote?: string | null;
  readonly documentId?: string | null;
  readonly confidence: number;
  readonly extractor?: string | null;
}

export interface Relation {
  readonly source: string;
  readonly type: string;
  readonly target: string;
  readonly at?: string | null;
  readonly weight: number;
  readonly evidence: Evidence;
}

export interface RelationGroup {
  readonly type: string;
  /** "out": the actor is the source; "in": the actor is the target. */
  readonly direction: "out" | "in";
  /** The other end of each relation, and the relation; oldest first, undated last. */
  readonly items: readonly { other: string; relation: Relation }[];
}

/** An actor's relations grouped by type and direction, in legend order, outgoing before incoming. A self-loop counts as outgoing. */
export function groupRelations(actor: string, relations: readonly Relation[]): RelationGroup[] {
  const groups = new Map<string, { type: string; direction: "out" | "in"; items: { other: string; relation: Relation }[] }>();
  for (const r of relations) {
    const direction = r.source === actor ? "out" : r.target === actor ? "in" : null;
    if (direction === null) continue;
    const key = `${r.type}|${direction}`;
    let g = groups.get(key);
    if (!g) groups.set(key, g = { type: r.type, direction, items: [] });
    g.items.push({ other: direction === "out" ? r.target : r.source, relation: r });
  }
  for (const g of groups.values()) g.items.sort((a, b) => compareDates(a.relation.at, b.relation.at));
  return [...groups.values()].sort((a, b) =>
    byRelationOrder(a.type, b.type) || (a.direction === b.direction ? 0 : a.direction === "out" ? -1 : 1));
}

function compareDates(a: string | null | undefined, b: string | null | undefined): number {
  if (!a) return b ? 1 : 0;
  if (!b) return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A link target only for http(s) URLs: a javascript: or data: URL from the data must never become a link. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

export interface Ranked {
  readonly id: string;
  readonly name: string;
  /** actor, or document when asked for (documents=true). */
  readonly kind: string;
  readonly value: number | null;
}

/**
 * Value and rank of each actor from /api/centrality's list: rank 1 is the highest value; equal values share a rank
 * (standard competition ranking, "1224"); actors without a value have no rank.
 */
export function ranks(ranked: readonly Ranked[]): Map<string, { name: string; value: number | null; rank: number | null }> {
  const values = ranked.map((r) => r.value).filter((v): v is number => v !== null).sort((a, b) => b - a);
  const result = new Map<string, { name: string; value: number | null; rank: number | null }>();
  for (const r of ranked) {
    if (r.value === null) {
      result.set(r.id, { name: r.name, value: null, rank: null });
      continue;
    }
    // First position of this value in the descending list (binary search).
    let lo = 0, hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[mid] > r.value) lo = mid + 1;
      else hi = mid;
    }
    result.set(r.id, { name: r.name, value: r.value, rank: lo + 1 });
  }
  return result;
}

/** Sorts table rows by one column: numbers numerically, text by locale; missing values last whatever the direction. */
export function sortRows<T extends Record<string, unknown>>(rows: readonly T[], column: string, descending: boolean): T[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[column], y = b[column];
    const xMissing = x === null || x === undefined || x === "";
    const yMissing = y === null || y === undefined || y === "";
    if (xMissing || yMissing) return xMissing === yMissing ? 0 : xMissing ? 1 : -1;
    if (typeof x === "number" && typeof y === "number") return sign * (x - y);
    return sign * String(x).localeCompare(String(y));
  });
}

/** A measure value for people: up to 4 significant digits, integers as they are. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 1000 ? v.toFixed(0) : Number(v.toPrecision(4)).toString();
}
