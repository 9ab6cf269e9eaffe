// Measures and communities of the filtered network, each fetched once per filter and shared by the drawing, the
// actor panel and the table.

import { api, type ActorValue, type AttributeInfo, type Communities } from "./api";
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
  /** Whether the service computes this name (else it is an actor attribute, known only as last collected). */
  isMeasure(name: string): boolean;
  /** A measure's values, or a number attribute's (actors without it are absent: no value, no rank). */
  measure(name: string, filter: URLSearchParams): Promise<Measure>;
  /** The actors' number and category attributes held by some actor of the filtered network. */
  attributes(filter: URLSearchParams): Promise<AttributeInfo[]>;
  /** The actors of the filtered network holding an attribute, with their value. */
  attributeValues(name: string, filter: URLSearchParams): Promise<ActorValue[]>;
  communities(filter: URLSearchParams): Promise<Communities>;
  /** The measure per period; the filter's time window is the caller's to keep or drop. */
  timeline(name: string, every: string, filter: URLSearchParams): Promise<Timeline>;
}

/** @param measures the names /api/centrality computes; any other name is an actor attribute */
export function analyses(measures: readonly string[]): Analyses {
  const attributeValues = memo((key) => {
    const [name, query] = split(key);
    return api.attributeValues(name, new URLSearchParams(query));
  });
  const measure = memo((key) => {
    const [name, query] = split(key);
    return measures.includes(name)
      ? api.centrality(name, new URLSearchParams(query)).then(ranks)
      : attributeValues(key).then((values) => ranks(values.map((v) => ({ id: v.id, name: v.name, kind: "actor", value: v.value }))));
  });
  const attributes = memo((query) => api.attributes(new URLSearchParams(query)));
  const communities = memo((query) => api.communities(new URLSearchParams(query)));
  const timeline = memo((key) => {
    const [name, query] = split(key);
    const [measureName, every] = name.split("/");
    return api.timeline(measureName, every, new URLSearchParams(query));
  }, 8);
  return {
    isMeasure: (name) => measures.includes(name),
    measure: (name, filter) => measure(`${name}?${filter}`),
    attributes: (filter) => attributes(filter.toString()),
    attributeValues: (name, filter) => attributeValues(`${name}?${filter}`),
    communities: (filter) => communities(filter.toString()),
    timeline: (name, every, filter) => timeline(`${name}/${every}?${filter}`),
  };
}

function split(key: string): [string, string] {
  const i = key.indexOf("?");
  return [key.slice(0, i), key.slice(i + 1)];
}
