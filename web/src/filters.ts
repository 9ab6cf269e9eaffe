// What the filter controls show: counts per relation type and the time slider's steps.

import { byRelationOrder } from "./state";

export interface EdgeFacts {
  readonly type: string;
  readonly at?: string | null;
}

/** How many relations of each type, in legend order. */
export function typeCounts(edges: Iterable<EdgeFacts>): [string, number][] {
  const counts = new Map<string, number>();
  for (const e of edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return [...counts].sort((a, b) => byRelationOrder(a[0], b[0]));
}

/** The distinct days (YYYY-MM-DD) on which relations happened, ascending: the time slider's steps. Undated relations add none. */
export function dateSteps(edges: Iterable<EdgeFacts>): string[] {
  const days = new Set<string>();
  for (const e of edges) if (e.at && /^\d{4}-\d{2}-\d{2}/.test(e.at)) days.add(e.at.slice(0, 10));
  return [...days].sort();
}

/**
 * The time window for slider positions over steps: a bound at either end of the slider is open (null), so the full
 * range also keeps undated relations.
 */
export function windowOf(steps: readonly string[], fromIndex: number, toIndex: number): { from: string | null; to: string | null } {
  if (steps.length === 0) return { from: null, to: null };
  const lo = Math.max(0, Math.min(fromIndex, toIndex));
  const hi = Math.min(steps.length - 1, Math.max(fromIndex, toIndex));
  return { from: lo > 0 ? steps[lo] : null, to: hi < steps.length - 1 ? steps[hi] : null };
}

/** Slider positions for a window: the first step at or after from, the last at or before to. */
export function indexesOf(steps: readonly string[], from: string | null, to: string | null): [number, number] {
  if (steps.length === 0) return [0, 0];
  let lo = 0, hi = steps.length - 1;
  if (from) {
    const i = steps.findIndex((d) => d >= from);
    lo = i < 0 ? steps.length - 1 : i;
  }
  if (to) {
    let i = steps.length - 1;
    while (i >= 0 && steps[i] > to) i--;
    hi = Math.max(i, 0);
  }
  return [Math.min(lo, hi), Math.max(lo, hi)];
}
