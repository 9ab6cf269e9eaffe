// Colours and sizes: pure functions of the data, so the legend and the drawing always agree.

/** One colour per relation type (colour-blind-friendly Tableau 10 order). */
export const RELATION_COLORS: Readonly<Record<string, string>> = {
  TAGGED: "#4e79a7",
  REPLIED_TO: "#e15759",
  FOLLOWS: "#59a14f",
  LIKED: "#f28e2b",
  RETWEETED: "#76b7b2",
  QUOTED: "#edc948",
  SIGNED: "#b07aa1",
  MEMBER_OF: "#9c755f",
  CO_SIGNED: "#bab0ac",
  CO_ACTED: "#ff9da7",
};

export const KIND_COLORS: Readonly<Record<string, string>> = {
  person: "#1f77b4",
  party: "#d62728",
  organisation: "#2ca02c",
  organization: "#2ca02c",
  state: "#9467bd",
  media: "#ff7f0e",
  document: "#8c8c8c",
};

export const PALETTE = [
  "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
  "#b07aa1", "#ff9da7", "#9c755f", "#17becf", "#bcbd22", "#637939",
];

/** Nodes without a class (other communities, unknown kinds) share this grey. */
export const OTHER_COLOR = "#a3a3a3";

export function relationColor(type: string): string {
  return RELATION_COLORS[type] ?? OTHER_COLOR;
}

/** The colour of an actor kind; kinds without a fixed colour get a palette colour chosen by their name, stable across loads. */
export function kindColor(kind: string | null | undefined): string {
  if (!kind) return OTHER_COLOR;
  return KIND_COLORS[kind.toLowerCase()] ?? PALETTE[hash(kind.toLowerCase()) % PALETTE.length];
}

/**
 * Colours for communities: the largest get the palette in order of size (ties by id), the rest grey.
 * @param communities community id and member count
 */
export function communityColors(communities: readonly { id: number; size: number }[]): Map<number, string> {
  const ordered = [...communities].sort((a, b) => b.size - a.size || a.id - b.id);
  return new Map(ordered.map((c, i) => [c.id, i < PALETTE.length ? PALETTE[i] : OTHER_COLOR]));
}

/**
 * Node sizes from measure values: the area grows with the value (radius by square root), from minSize for the
 * smallest value to maxSize for the largest; missing values and a measure that is equal everywhere give minSize.
 */
export function sizeScale(values: Iterable<number | null | undefined>, minSize: number, maxSize: number): (v: number | null | undefined) => number {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(hi > lo)) return () => minSize;
  return (v) => v === null || v === undefined || !Number.isFinite(v)
    ? minSize
    : minSize + (maxSize - minSize) * Math.sqrt((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo));
}

/** Node radius bounds that keep a large graph readable: smaller nodes when there are many. */
export function sizeRange(order: number): [number, number] {
  return order > 2000 ? [1.5, 12] : order > 300 ? [2.5, 16] : [4, 20];
}

/** The keys of the n largest nodes (ties by key), whose labels are always drawn. */
export function largest(sizes: Iterable<[string, number]>, n: number): Set<string> {
  return new Set([...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([k]) => k));
}

/** FNV-1a, 32 bits. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
