// The service's HTTP API as the page uses it; every failure becomes an ApiError with a message for people.

import type { Ranked, Relation } from "./relations";
import type { Timeline } from "./timeline";

/** /api/drawing: columns of nodes and edges with settled positions (see Drawing.cs). Index columns point into values; -1 is none. */
export interface Drawing {
  nodes: { keys: string[]; labels: string[]; kind: number[]; party: number[]; country: number[]; x: number[]; y: number[] };
  edges: { source: number[]; target: number[]; type: number[]; weight: number[]; day: number[]; confidence: number[] };
  values: { kinds: string[]; parties: string[]; countries: string[]; types: string[]; days: string[] };
  /** Nodes and relations of the whole filtered network (or neighbourhood), of which the drawing may show the top. */
  totalNodes: number;
  totalEdges: number;
  /** The measure that chose the nodes shown, when the network was larger than the drawing holds. */
  rankedBy: string | null;
  /** False for a provisional picture (asked with soon, the layout not ready yet): same nodes and relations, positions still settling. */
  settled: boolean;
}

export interface Stats {
  actors: number;
  documents: number;
  relations: number;
  relationsByType: Record<string, number>;
}

export interface Actor {
  id: string;
  name: string;
  kind?: string | null;
  party?: string | null;
  country?: string | null;
  handles?: Record<string, string> | null;
  attributes?: Record<string, string> | null;
}

export interface Document {
  id: string;
  title: string;
  kind: string;
  url?: string | null;
  date?: string | null;
  outlet?: string | null;
}

/** A measure /api/centrality offers (/api/measures); group: its values are group numbers, not scores. */
export interface MeasureInfo {
  name: string;
  description: string;
  group?: string | null;
}

/** An attribute some actor in view holds (/api/attributes): numbers size and filter, categories filter. */
export interface AttributeInfo {
  name: string;
  kind: "number" | "category";
  /** How many actors in view hold it. */
  actors: number;
  min?: number | null;
  max?: number | null;
  /** For categories: each value and how many actors in view hold it, most first. */
  values?: { value: string; actors: number }[] | null;
}

/** One actor's value of an attribute (/api/attributes/{name}): value for numbers, text for categories. */
export interface ActorValue {
  id: string;
  name: string;
  value: number | null;
  text: string | null;
}

export interface Communities {
  modularity: number;
  communities: { id: number; members: { id: string; name: string }[] }[];
}

export interface Paths {
  from: string;
  to: string;
  paths: { length: number; actors: { id: string; name: string }[]; steps: { from: string; to: string; relations: Relation[] }[] }[];
}

/** Words of an extraction's evidence: start and length in the evidence sentence, articleStart in the text read. */
export interface Span {
  text: string;
  start: number;
  length: number;
  articleStart: number;
}

/** A relation an article states, proposed for review (POST /api/extract); a mention is null when it is not in the evidence. */
export interface Proposal {
  source: string;
  relation: string;
  target: string;
  evidence: string;
  evidenceStart: number;
  confidence: number;
  explanation: string;
  sourceMention: Span | null;
  targetMention: Span | null;
  cueWords: Span[];
}

export interface Extraction {
  language: string;
  /** The text that was read: the article's main text when a web page was sent. */
  text: string;
  proposals: Proposal[];
}

export interface IngestResult {
  relationsAdded: number;
  relationsAlreadyStored: number;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly path: string, message: string) {
    super(message);
  }
}

const keyItem = "actorgraph.apiKey";

/** A body to POST and its media type. */
export interface Body {
  /** Text, or a file's bytes as they are (a saved page in another charset is decoded by the server, as it declares). */
  readonly content: string | Blob;
  readonly type: string;
}

/** Whether this tab holds the server's API key (the server asked for it): then links, which cannot send it, are fetched. */
export const holdsKey = (): boolean => sessionStorage.getItem(keyItem) !== null;

/** A server listening beyond this machine needs its API key: asked for once, kept for this tab only. */
async function send(path: string, signal?: AbortSignal, body?: Body, accept = "application/json"): Promise<Response> {
  const sent = sessionStorage.getItem(keyItem);
  const headers: Record<string, string> = { accept };
  if (sent) headers["x-api-key"] = sent;
  if (body) headers["content-type"] = body.type;
  const response = await fetch(path, body ? { signal, headers, method: "POST", body: body.content } : { signal, headers });
  if (response.status !== 401) return response;
  // Another request may have asked already (prompt blocks): then only retry with the key it got.
  if (sessionStorage.getItem(keyItem) === sent) {
    const entered = window.prompt("This ActorGraph server needs its API key:");
    if (!entered) return response;
    sessionStorage.setItem(keyItem, entered.trim());
  }
  return send(path, signal, body, accept);
}

export const getJson = <T>(path: string, signal?: AbortSignal): Promise<T> => answer<T>(path, signal);

/** POSTs a body and reads the JSON answer; failures as with getJson. */
export const postJson = <T>(path: string, body: Body, signal?: AbortSignal): Promise<T> => answer<T>(path, signal, body);

async function answer<T>(path: string, signal?: AbortSignal, body?: Body): Promise<T> {
  return (await respond(path, signal, body)).json() as Promise<T>;
}

/**
 * A download fetched with the key, for a server that needs one (a link cannot send a header): the file and the name
 * the server gives it. The whole file passes through memory, so on this machine the plain link stays the way.
 */
export async function fetchFile(path: string): Promise<{ blob: Blob; name: string }> {
  const response = await respond(path, undefined, undefined, "*/*");
  const disposition = response.headers.get("content-disposition") ?? "";
  const name = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return { blob: await response.blob(), name: name ? decodeURIComponent(name) : path.split("?")[0].split("/").pop()! };
}

/** The answer to a request that must succeed; a failure becomes an ApiError with the service's message. */
async function respond(path: string, signal?: AbortSignal, body?: Body, accept?: string): Promise<Response> {
  let response: Response;
  try {
    response = await send(path, signal, body, accept);
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new ApiError(0, path, `The service did not answer (${(e as Error).message}). Is \`actorgraph serve\` still running?`);
  }
  if (!response.ok) {
    let detail = "", title = "";
    try {
      const problem = await response.json();
      detail = typeof problem.detail === "string" ? problem.detail : "";
      title = typeof problem.title === "string" ? problem.title : "";
    } catch {
      // Not ProblemDetails: the status line says enough.
    }
    throw new ApiError(response.status, path, detail || title || `${response.status} ${response.statusText}`.trim());
  }
  return response;
}

const withQuery = (path: string, q: URLSearchParams) => (q.size > 0 ? `${path}?${q}` : path);

export const api = {
  stats: (signal?: AbortSignal) => getJson<Stats>("api/stats", signal),
  measures: (signal?: AbortSignal) => getJson<MeasureInfo[]>("api/measures", signal),
  /** The drawing of the filtered network, or of an actor's neighbourhood; soon: a provisional one rather than waiting for the layout. */
  drawing: (filter: URLSearchParams, view: { ego: string | null; radius: number; measure: string }, signal?: AbortSignal, soon = false) => {
    const q = new URLSearchParams(filter);
    if (view.ego) {
      q.set("ego", view.ego);
      q.set("radius", String(view.radius));
    }
    q.set("measure", view.measure);
    if (soon) q.set("wait", "false");
    return getJson<Drawing>(withQuery("api/drawing", q), signal);
  },
  centrality: (measure: string, filter: URLSearchParams, signal?: AbortSignal) => {
    const q = new URLSearchParams(filter);
    q.set("measure", measure);
    return getJson<Ranked[]>(withQuery("api/centrality", q), signal);
  },
  /** The stored actors' number and category attributes that some actor of the filtered network holds. */
  attributes: (filter: URLSearchParams, signal?: AbortSignal) => getJson<AttributeInfo[]>(withQuery("api/attributes", filter), signal),
  /** The actors of the filtered network that hold an attribute, with their value; the others are not listed. */
  attributeValues: (name: string, filter: URLSearchParams, signal?: AbortSignal) =>
    getJson<ActorValue[]>(withQuery(`api/attributes/${encodeURIComponent(name)}`, filter), signal),
  communities: (filter: URLSearchParams, signal?: AbortSignal) => getJson<Communities>(withQuery("api/communities", filter), signal),
  /** A measure per period (every: day, week, month, quarter or year) on the filtered network. */
  timeline: (measure: string, every: string, filter: URLSearchParams, signal?: AbortSignal) => {
    const q = new URLSearchParams(filter);
    q.set("measure", measure);
    q.set("every", every);
    return getJson<Timeline>(withQuery("api/timeline", q), signal);
  },
  /** Actors anywhere in the store whose id or name contains the text. */
  actors: (search: string, limit: number, signal?: AbortSignal) =>
    getJson<Actor[]>(withQuery("api/actors", new URLSearchParams({ search, limit: String(limit) })), signal),
  /** The documents with these ids (titles for cited evidence); unknown ids are left out. */
  documents: (ids: readonly string[], signal?: AbortSignal) =>
    getJson<Document[]>(withQuery("api/documents", new URLSearchParams({ ids: ids.join(",") })), signal),
  actor: (id: string, signal?: AbortSignal) => getJson<Actor>(`api/actors/${encodeURIComponent(id)}`, signal),
  relations: (id: string, signal?: AbortSignal) => getJson<Relation[]>(`api/relations/${encodeURIComponent(id)}`, signal),
  paths: (from: string, to: string, k: number, filter: URLSearchParams, signal?: AbortSignal) => {
    // Paths take the filter without the time window: from and to name the two actors there.
    const q = new URLSearchParams(filter);
    q.delete("from");
    q.delete("to");
    q.set("from", from);
    q.set("to", to);
    q.set("k", String(k));
    return getJson<Paths>(withQuery("api/paths", q), signal);
  },
  /** The relations an article states between the stored actors; nothing is stored. */
  extract: (article: Body, language: string, signal?: AbortSignal) =>
    postJson<Extraction>(withQuery("api/extract", new URLSearchParams({ language })), article, signal),
  /** Stores the relations of an edges CSV, all or none. */
  ingestEdges: (csv: string) => postJson<IngestResult>("api/ingest/edges", { content: csv, type: "text/csv" }),
  /** A download of what is shown: the filtered network, or the neighbourhood in view. */
  exportUrl: (format: string, filter: URLSearchParams, view: { ego: string | null; radius: number }) => {
    const q = new URLSearchParams(filter);
    if (view.ego) {
      q.set("ego", view.ego);
      q.set("radius", String(view.radius));
    }
    q.set("measures", "true");
    return withQuery(`api/export/${format}`, q);
  },
};
