// Measures and communities of the filtered network, each fetched once per filter and shared by the drawing, the
// actor panel and the table.

import { api, type Communities } from "./api";
import { memo } from "./memo";
import { ranks } from "./relations";
import type { Timeline } from "./timeline";

/** A measure's value and rank per actor of the filtered network, with the actor's name. */
export type Measure = Map<string, { name: string; value: number | null; rank: number | null }>;

/** Measures the table and the actor panel show besides the one chosen for size. */
export const TABLE_MEASURES = ["degree", "pagerank", "betweenness", "closeness"];

/** The measures the panel and the table list: the chosen one first. */
export function shownMeasures(chosen: string): string[] {
  return [...new Set([chosen, ...TABLE_MEASURES])];
}

export interface Analyses {
  measure(name: string, filter: URLSearchParams): Promise<Measure>;
  communities(filter: URLSearchParams): Promise<Communities>;
  /** The measure per period; the filter's time window is the caller's to keep or drop. */
  timeline(name: string, every: string, filter: URLSearchParams): Promise<Timeline>;
}

export function analyses(): Analyses {
  const measure = memo((key) => {
    const [name, query] = split(key);
    return api.centrality(name, new URLSearchParams(query)).then(ranks);
  });
  const communities = memo((query) => api.communities(new URLSearchParams(query)));
  const timeline = memo((key) => {
    const [name, query] = split(key);
    const [measureName, every] = name.split("/");
    return api.timeline(measureName, every, new URLSearchParams(query));
  }, 8);
  return {
    measure: (name, filter) => measure(`${name}?${filter}`),
    communities: (filter) => communities(filter.toString()),
    timeline: (name, every, filter) => timeline(`${name}/${every}?${filter}`),
  };
}

function split(key: string): [string, string] {
  const i = key.indexOf("?");
  return [key.slice(0, i), key.slice(i + 1)];
}
