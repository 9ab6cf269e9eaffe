// Finding an actor by typing: suggestions under an input, used by the search box and the path finder.

import { api } from "../api";
import { debounce, h } from "../dom";
import { labelOf, type ActorGraph } from "../graph";

const LIMIT = 8;

/** Actors in view whose name or id contains the text: names (or a word of them) starting with it first, each group by name. */
export function suggest(graph: ActorGraph, query: string, limit = LIMIT): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const starts: string[] = [], contains: string[] = [];
  graph.forEachNode((key, a) => {
    const name = a.name.toLowerCase();
    if (name.startsWith(q) || name.split(/\s+/).some((w) => w.startsWith(q))) starts.push(key);
    else if (name.includes(q) || key.toLowerCase().includes(q)) contains.push(key);
  });
  const byName = (a: string, b: string) => labelOf(graph, a).localeCompare(labelOf(graph, b));
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, limit);
}

export interface Suggestion {
  readonly id: string;
  readonly name: string;
  readonly kind: string | null;
}

/**
 * Suggestions under an input: arrows move, Enter or a click picks, Escape closes. The picked id goes to
 * input.dataset.id. Actors in view come first; when the drawing shows only part of the network (everywhere() is
 * true), the store's search adds the others.
 */
export function attachSuggestions(input: HTMLInputElement, list: HTMLUListElement, graph: () => ActorGraph, everywhere: () => boolean,
  pick: (key: string) => void): void {
  let items: Suggestion[] = [];
  let active = -1;
  let asked = 0;
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const render = () => {
    list.replaceChildren(...items.map((item, i) => h("li", {
      role: "option", "aria-selected": i === active ? "true" : "false", class: i === active ? "active" : "",
      onmousedown: (e: Event) => { e.preventDefault(); choose(item); },
    }, h("span", null, item.name), h("small", null, item.kind ?? ""))));
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(items.length > 0));
  };
  const choose = (item: Suggestion) => {
    input.value = item.name;
    input.dataset.id = item.id;
    close();
    pick(item.id);
  };
  const find = async (query: string): Promise<Suggestion[]> => {
    const g = graph();
    const shown = suggest(g, query, LIMIT).map((id) => ({ id, name: labelOf(g, id), kind: g.getNodeAttribute(id, "kind") }));
    if (!everywhere() || shown.length >= LIMIT || !query.trim()) return shown;
    const found = await api.actors(query.trim(), LIMIT).catch(() => []);
    const ids = new Set(shown.map((s) => s.id));
    return [...shown, ...found.filter((a) => !ids.has(a.id)).map((a) => ({ id: a.id, name: a.name, kind: a.kind ?? null }))].slice(0, LIMIT);
  };
  input.addEventListener("input", debounce(async () => {
    delete input.dataset.id;
    const run = ++asked;
    const found = await find(input.value);
    if (run !== asked) return;
    items = found;
    active = items.length > 0 ? 0 : -1;
    if (input.value.trim() && items.length === 0) {
      list.replaceChildren(h("li", { class: "empty" }, everywhere() ? "No actor matches." : "No actor in view matches."));
      list.hidden = false;
      return;
    }
    render();
  }, 120));
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (items.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      render();
    } else if (e.key === "Enter" && active >= 0 && !list.hidden) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === "Escape" && !list.hidden) {
      e.stopPropagation();
      close();
    }
  });
  input.addEventListener("blur", close);
}
