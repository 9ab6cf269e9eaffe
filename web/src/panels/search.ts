// Finding an actor by typing: suggestions under an input, used by the search box and the path finder.

import { debounce, h } from "../dom";
import { labelOf, type ActorGraph } from "../graph";

/** Actors in view whose name or id contains the text: names (or a word of them) starting with it first, each group by name. */
export function suggest(graph: ActorGraph, query: string, limit = 8): string[] {
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

/** Suggestions under an input: arrows move, Enter or a click picks, Escape closes. The picked id goes to input.dataset.id. */
export function attachSuggestions(input: HTMLInputElement, list: HTMLUListElement, graph: () => ActorGraph, pick: (key: string) => void): void {
  let keys: string[] = [];
  let active = -1;
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const render = () => {
    const g = graph();
    list.replaceChildren(...keys.map((key, i) => h("li", {
      role: "option", "aria-selected": i === active ? "true" : "false", class: i === active ? "active" : "",
      onmousedown: (e: Event) => { e.preventDefault(); choose(key); },
    }, h("span", null, labelOf(g, key)), h("small", null, g.hasNode(key) ? g.getNodeAttribute(key, "kind") ?? "" : ""))));
    list.hidden = keys.length === 0;
    input.setAttribute("aria-expanded", String(keys.length > 0));
  };
  const choose = (key: string) => {
    input.value = labelOf(graph(), key);
    input.dataset.id = key;
    close();
    pick(key);
  };
  input.addEventListener("input", debounce(() => {
    delete input.dataset.id;
    keys = suggest(graph(), input.value);
    active = keys.length > 0 ? 0 : -1;
    if (input.value.trim() && keys.length === 0) {
      list.replaceChildren(h("li", { class: "empty" }, "No actor in view matches."));
      list.hidden = false;
      return;
    }
    render();
  }, 120));
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (keys.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : keys.length - 1)) % keys.length;
      render();
    } else if (e.key === "Enter" && active >= 0 && !list.hidden) {
      e.preventDefault();
      choose(keys[active]);
    } else if (e.key === "Escape" && !list.hidden) {
      e.stopPropagation();
      close();
    }
  });
  input.addEventListener("blur", close);
}
