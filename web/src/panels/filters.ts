// The filter controls: relation types with counts, the time window, minimum weight and confidence. Each change
// goes into the view once the user pauses, and the loader reloads.

import type { Stats } from "../api";
import { byId, debounce, h } from "../dom";
import { indexesOf, typeCounts, windowOf } from "../filters";
import type { Scene } from "../loading";
import { relationColor } from "../scales";
import { RELATION_TYPES, type ViewState } from "../state";
import { changed, type Store } from "../store";
import { FILTER_KEYS, type View } from "../view";

export function filters(view: View, scene: Store<Scene>, stats: Stats): { reset(): void } {
  const types = byId("type-filters");
  const from = byId<HTMLInputElement>("time-from");
  const to = byId<HTMLInputElement>("time-to");
  const label = byId("time-label");
  const minWeight = byId<HTMLInputElement>("min-weight");
  const minConfidence = byId<HTMLInputElement>("min-confidence");
  const total = stats.relationsByType;

  const renderTypes = () => {
    const state = view.get();
    const shown = new Map(typeCounts(scene.get().graph.mapEdges((_e, a) => ({ type: a.relation }))));
    const listed = RELATION_TYPES.filter((t) => (total[t] ?? 0) > 0 || shown.has(t) || state.types?.includes(t));
    types.replaceChildren(...(listed.length === 0 ? [h("p", { class: "hint" }, "No relations stored yet.")] : listed.map((t) => {
      const checked = state.types === null || state.types.includes(t);
      const count = total[t] !== undefined
        ? `${(shown.get(t) ?? 0).toLocaleString()} / ${total[t].toLocaleString()}`
        : (shown.get(t) ?? 0).toLocaleString();
      return h("label", { class: "check" },
        h("input", { type: "checkbox", value: t, checked, onchange: onType }),
        h("span", { class: "swatch line", style: `background:${relationColor(t)}` }),
        h("span", { class: "name" }, t),
        h("span", { class: "count", title: "in view / stored" }, count));
    })));
  };

  const renderTime = () => {
    const steps = scene.get().timeSteps;
    const state = view.get();
    const [lo, hi] = indexesOf(steps, state.from, state.to);
    for (const input of [from, to]) {
      input.max = String(Math.max(0, steps.length - 1));
      input.disabled = steps.length < 2;
    }
    from.value = String(lo);
    to.value = String(hi);
    renderTimeLabel(lo, hi);
  };

  const renderTimeLabel = (lo: number, hi: number) => {
    const steps = scene.get().timeSteps;
    if (steps.length === 0) label.textContent = "No dated relations in view.";
    else {
      const w = windowOf(steps, lo, hi);
      label.textContent = w.from || w.to
        ? `${steps[Math.min(lo, hi)]} to ${steps[Math.max(lo, hi)]}`
        : `All dates (${steps[0]} to ${steps[steps.length - 1]}, and undated)`;
    }
  };

  const renderNumbers = () => {
    const state = view.get();
    if (read(minWeight) !== state.minWeight) minWeight.value = state.minWeight === null ? "" : String(state.minWeight);
    if (read(minConfidence) !== state.minConfidence) minConfidence.value = state.minConfidence === null ? "" : String(state.minConfidence);
  };

  // Sliders and number fields fire on every step: ask for the network once the user pauses.
  let pending: Partial<ViewState> = {};
  const flush = debounce(() => {
    const patch = pending;
    pending = {};
    view.update(patch);
  }, 350);
  const updateSoon = (patch: Partial<ViewState>) => {
    pending = { ...pending, ...patch };
    flush();
  };

  function onType() {
    const boxes = [...types.querySelectorAll<HTMLInputElement>("input[type=checkbox]")];
    const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
    updateSoon({ types: ticked.length === boxes.length ? null : ticked });
  }

  const onTime = () => {
    const lo = Number(from.value), hi = Number(to.value);
    renderTimeLabel(lo, hi);
    updateSoon(windowOf(scene.get().timeSteps, lo, hi));
  };

  const onNumber = () => {
    const confidence = read(minConfidence);
    updateSoon({ minWeight: read(minWeight), minConfidence: confidence === null ? null : Math.min(1, Math.max(0, confidence)) });
  };

  from.addEventListener("input", onTime);
  to.addEventListener("input", onTime);
  minWeight.addEventListener("input", onNumber);
  minConfidence.addEventListener("input", onNumber);
  const reset = () => view.update({ types: null, from: null, to: null, minWeight: null, minConfidence: null });
  byId("reset-filters").addEventListener("click", reset);
  scene.subscribe(() => {
    renderTypes();
    renderTime();
  });
  view.subscribe((s, previous) => { if (changed(s, previous, FILTER_KEYS)) renderNumbers(); });
  renderNumbers();
  return { reset };
}

function read(input: HTMLInputElement): number | null {
  const v = input.value.trim() === "" ? NaN : Number(input.value);
  return Number.isFinite(v) ? v : null;
}
