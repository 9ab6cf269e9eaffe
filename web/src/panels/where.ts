// The attribute filter: only actors whose stored data meet a condition (followers_count ≥ 1000, verified_type = blue)
// stay drawn; the others and their relations are hidden. Measures stay those of the whole filtered network: the
// condition chooses what is shown, not what is analysed. Kept in the link as where=NAME&atLeast=N or where=NAME&is=VALUE.

import type { Analyses } from "../analyses";
import type { ActorValue, AttributeInfo } from "../api";
import { byId, debounce, h } from "../dom";
import type { Scene } from "../loading";
import { filterQuery, whereText, type Where } from "../state";
import { changed, type Store } from "../store";
import type { View } from "../view";

/** The ids of the actors that meet the condition; an actor without the attribute never does. */
export function meeting(where: Where, values: readonly ActorValue[]): Set<string> {
  return new Set(values.filter((v) => where.atLeast !== null
    ? v.value !== null && v.value >= where.atLeast
    : v.text === where.is).map((v) => v.id));
}

/** What the note under the filter says. */
export function describeWhere(where: Where, shown: number, total: number, holders: number): string {
  const n = (v: number) => v.toLocaleString("en");
  const without = total - holders;
  return `Showing ${n(shown)} of ${n(total)} nodes: ${whereText(where)}` + (without > 0 ? `; ${n(without)} without ${where.name} hidden.` : ".");
}

export function attributeFilter(view: View, scene: Store<Scene>, analyses: Analyses): void {
  const container = byId("where");
  const note = byId("where-note");
  let offered: AttributeInfo[] = [];
  /** The attribute picked while its bound is still empty (the view has no condition yet). */
  let picked: string | null = null;
  let applying = 0;

  const render = () => {
    const where = view.get().where;
    const name = where?.name ?? picked;
    const info = offered.find((a) => a.name === name);
    const chooser = h("select", { id: "where-name", "aria-label": "Attribute", onchange: (e: Event) => {
      const chosen = offered.find((a) => a.name === (e.target as HTMLSelectElement).value);
      picked = chosen?.name ?? null;
      // A category starts at its most common value; a number waits for its bound.
      if (chosen?.kind === "category") view.update({ where: { name: chosen.name, atLeast: null, is: chosen.values![0].value } });
      else if (where) view.update({ where: null });
      else render();
    } },
    h("option", { value: "" }, "all actors"),
    ...offered.map((a) => h("option", { value: a.name, selected: a.name === name }, `${a.name} (${a.actors.toLocaleString("en")})`)),
    // A condition from a link on an attribute no actor in view holds stays visible, so it can be removed.
    name && !info ? h("option", { value: name, selected: true }, `${name} (none in view)`) : null);
    container.replaceChildren(chooser, name ? condition(name, info, where) : "");
  };

  const condition = (name: string, info: AttributeInfo | undefined, where: Where | null): Node => {
    if (info?.kind === "category" || where?.is != null) {
      return h("select", { id: "where-value", "aria-label": "Value", onchange: (e: Event) =>
        view.update({ where: { name, atLeast: null, is: (e.target as HTMLSelectElement).value } }) },
      ...(info?.values ?? [{ value: where!.is!, actors: 0 }]).map((v) =>
        h("option", { value: v.value, selected: v.value === where?.is }, `${v.value} (${v.actors.toLocaleString("en")})`)));
    }
    return h("label", null, "at least ", h("input", {
      id: "where-at-least", type: "number", step: "any", "aria-label": `Least ${name}`,
      value: where?.atLeast != null ? String(where.atLeast) : "",
      placeholder: info?.min != null && info.max != null ? `${info.min.toLocaleString("en")}–${info.max.toLocaleString("en")}` : "",
      oninput: (e: Event) => setBound(name, (e.target as HTMLInputElement).value),
    }));
  };

  const setBound = debounce((name: string, text: string) => {
    const n = text.trim() === "" ? NaN : Number(text);
    picked = name;
    view.update({ where: Number.isFinite(n) ? { name, atLeast: n, is: null } : null });
  }, 350);

  /** Hides the nodes that do not meet the condition (none without one). */
  const apply = async () => {
    const run = ++applying;
    const state = view.get();
    const { graph } = scene.get();
    const where = state.where;
    let keep: Set<string> | null = null;
    note.textContent = "";
    note.className = "hint";
    if (where) {
      try {
        const values = await analyses.attributeValues(where.name, filterQuery(state));
        if (run !== applying) return;
        keep = meeting(where, values);
        const holders = new Set(values.map((v) => v.id));
        note.textContent = describeWhere(where, graph.filterNodes((key) => keep!.has(key)).length, graph.order,
          graph.filterNodes((key) => holders.has(key)).length);
      } catch (e) {
        if (run !== applying) return;
        note.textContent = `Could not filter by ${whereText(where)}: ${(e as Error).message} Every actor is shown.`;
        note.className = "note";
      }
    }
    // One pass over nodes and one over edges (sigma redraws an updated node, not its edges): the drawing is redone once.
    if (keep === null && !graph.someNode((_k, a) => a.hidden === true)) return;
    const shown = (key: string) => keep === null || keep.has(key);
    graph.updateEachNodeAttributes((key, a) => {
      a.hidden = !shown(key);
      return a;
    }, { attributes: ["hidden"] });
    graph.updateEachEdgeAttributes((_e, a, source, target) => {
      a.hidden = !shown(source) || !shown(target);
      return a;
    }, { attributes: ["hidden"] });
  };

  scene.subscribe(() => {
    void apply();
    analyses.attributes(filterQuery(view.get())).then((a) => { offered = a; }, () => { offered = []; }).finally(render);
  });
  view.subscribe((s, previous) => {
    if (!changed(s, previous, ["where"])) return;
    // Typing a bound must not replace the field being typed in.
    const typing = document.activeElement?.id === "where-at-least" && s.where?.name === (previous.where?.name ?? picked) && s.where !== null;
    if (!typing) render();
    void apply();
  });
  render();
}
