// The page's state, kept in the URL's query string so that a link reproduces exactly this view.

export const RELATION_TYPES = [
  "TAGGED", "REPLIED_TO", "FOLLOWS", "LIKED", "RETWEETED", "QUOTED", "SIGNED", "MEMBER_OF", "CO_SIGNED", "CO_ACTED",
] as const;

export type ColorBy = "community" | "kind";
export type View = "graph" | "table";

/** Only actors whose attribute is at least a number, or is a category value; the others are hidden. */
export interface Where {
  readonly name: string;
  readonly atLeast: number | null;
  readonly is: string | null;
}

export interface ViewState {
  /** Relation types shown; null means all. */
  readonly types: readonly string[] | null;
  /** Inclusive dates (YYYY-MM-DD); null means open. */
  readonly from: string | null;
  readonly to: string | null;
  readonly minWeight: number | null;
  readonly minConfidence: number | null;
  /** Node size: a measure, or a number attribute of the actors (followers_count). */
  readonly measure: string;
  /** Actors shown by an attribute (followers_count ≥ 1000, verified_type = blue); null shows all. */
  readonly where: Where | null;
  readonly color: ColorBy;
  /** The actor whose panel is open. */
  readonly actor: string | null;
  /** The actor whose neighbourhood alone is shown, within radius 1 to 3. */
  readonly ego: string | null;
  readonly radius: number;
  readonly pathFrom: string | null;
  readonly pathTo: string | null;
  readonly view: View;
  readonly sort: string;
  readonly descending: boolean;
}

export const DEFAULT_STATE: ViewState = {
  types: null, from: null, to: null, minWeight: null, minConfidence: null,
  measure: "degree", where: null, color: "community", actor: null, ego: null, radius: 1,
  pathFrom: null, pathTo: null, view: "graph", sort: "degree", descending: true,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An attribute or measure name as a link may carry it (followers_count, in-degree). */
const NAME = /^[A-Za-z0-9_.-]+$/;
/** A condition in words: "followers_count ≥ 1,000", "verified_type = blue". */
export function whereText(w: Where): string {
  return w.atLeast !== null ? `${w.name} ≥ ${w.atLeast.toLocaleString("en")}` : `${w.name} = ${w.is}`;
}

/**
 * Parses a query string; anything unknown or malformed falls back to the default, so an edited link still opens.
 * @param measures what may size nodes: the measures the service offers (/api/measures) and the actors' number attributes
 */
export function decodeState(search: string, measures: readonly string[]): ViewState {
  const q = new URLSearchParams(search);
  const text = (name: string) => {
    const v = q.get(name)?.trim();
    return v ? v : null;
  };
  const number = (name: string, min: number, max: number) => {
    const v = text(name);
    const n = v === null ? NaN : Number(v);
    return Number.isFinite(n) && n >= min && n <= max ? n : null;
  };
  const date = (name: string) => {
    const v = text(name);
    return v !== null && DATE.test(v) && !Number.isNaN(Date.parse(v)) ? v : null;
  };
  const typesText = q.get("types");
  const types = typesText === null ? null
    : [...new Set(typesText.split(",").map((t) => t.trim().toUpperCase()))]
      .filter((t) => (RELATION_TYPES as readonly string[]).includes(t))
      .sort(byRelationOrder);
  const measure = text("measure");
  const radius = number("radius", 1, 3);
  const sort = text("sort");
  const where = text("where"), atLeast = number("atLeast", -Infinity, Infinity), is = text("is");
  return {
    types,
    from: date("from"),
    to: date("to"),
    minWeight: number("minWeight", -Infinity, Infinity),
    minConfidence: number("minConfidence", 0, 1),
    measure: measure !== null && measures.includes(measure) ? measure : DEFAULT_STATE.measure,
    // where=followers_count&atLeast=1000, or where=verified_type&is=blue
    where: where !== null && NAME.test(where) && (atLeast !== null || is !== null) ? { name: where, atLeast, is: atLeast === null ? is : null } : null,
    color: text("color") === "kind" ? "kind" : "community",
    actor: text("actor"),
    ego: text("ego"),
    radius: radius === null ? DEFAULT_STATE.radius : Math.round(radius),
    pathFrom: text("pathFrom"),
    pathTo: text("pathTo"),
    view: text("view") === "table" ? "table" : "graph",
    sort: sort !== null && NAME.test(sort) ? sort : DEFAULT_STATE.sort,
    descending: text("order") !== "asc",
  };
}

/** The query string (without "?") for a state: only what differs from the default, in a fixed order. */
export function encodeState(s: ViewState): string {
  const q = new URLSearchParams(filterQuery(s));
  if (s.measure !== DEFAULT_STATE.measure) q.set("measure", s.measure);
  if (s.where) {
    q.set("where", s.where.name);
    if (s.where.atLeast !== null) q.set("atLeast", String(s.where.atLeast));
    else if (s.where.is !== null) q.set("is", s.where.is);
  }
  if (s.color !== DEFAULT_STATE.color) q.set("color", s.color);
  if (s.actor) q.set("actor", s.actor);
  if (s.ego) {
    q.set("ego", s.ego);
    if (s.radius !== DEFAULT_STATE.radius) q.set("radius", String(s.radius));
  }
  if (s.pathFrom) q.set("pathFrom", s.pathFrom);
  if (s.pathTo) q.set("pathTo", s.pathTo);
  if (s.view !== DEFAULT_STATE.view) q.set("view", s.view);
  if (s.sort !== DEFAULT_STATE.sort) q.set("sort", s.sort);
  if (!s.descending) q.set("order", "asc");
  // Commas need no escaping in a query string, and "types=TAGGED,LIKED" reads better in a shared link.
  return q.toString().replace(/%2C/g, ",");
}

/** The filter part of the state as the API's query parameters (types, from, to, minWeight, minConfidence). */
export function filterQuery(s: ViewState): URLSearchParams {
  const q = new URLSearchParams();
  // An empty selection stays in the link as "types="; the page then asks the API for nothing (the API reads it as all).
  if (s.types !== null) q.set("types", s.types.join(","));
  if (s.from) q.set("from", s.from);
  if (s.to) q.set("to", s.to);
  if (s.minWeight !== null) q.set("minWeight", String(s.minWeight));
  if (s.minConfidence !== null) q.set("minConfidence", String(s.minConfidence));
  return q;
}

/** Orders relation types as the legend lists them; unknown names last, alphabetically. */
export function byRelationOrder(a: string, b: string): number {
  const ia = (RELATION_TYPES as readonly string[]).indexOf(a);
  const ib = (RELATION_TYPES as readonly string[]).indexOf(b);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
}
