// Playing the time window: step through the periods of the relations in view (days, weeks, months…), the time
// filter set to one period at a time, so the drawing and the sizes follow. Pause keeps the period shown.

import { byId, h } from "../dom";
import type { Scene } from "../loading";
import type { Store } from "../store";
import { periodsBetween, unitFor, type PeriodUnit, type PeriodWindow } from "../timeline";
import type { View } from "../view";

/** How long each period stays once its drawing is in. */
const PAUSE_MS = 1500;

export function player(view: View, scene: Store<Scene>): void {
  const unit = h("select", { "aria-label": "Play by" },
    h("option", { value: "" }, "auto"), ...(["day", "week", "month", "quarter", "year"] as const).map((u) => h("option", { value: u }, u)));
  const back = h("button", { type: "button", title: "Previous period" }, "◀");
  const play = h("button", { type: "button", title: "Play the periods one after another" }, "▶ Play");
  const next = h("button", { type: "button", title: "Next period" }, "▶|");
  const label = h("span", { class: "hint" });
  byId("time-label").after(h("div", { class: "play" }, unit, back, play, next, label));

  let playing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const periods = (): PeriodWindow[] => {
    const days = scene.get().timeSteps;
    if (days.length < 2) return [];
    const chosen = (unit.value || unitFor(days[0], days[days.length - 1])) as PeriodUnit;
    return periodsBetween(days[0], days[days.length - 1], chosen);
  };
  const current = (list: PeriodWindow[]) => {
    const s = view.get();
    return list.findIndex((p) => p.from === s.from && p.to === s.to);
  };
  const render = () => {
    const list = periods();
    const i = current(list);
    for (const b of [back, play, next]) b.disabled = list.length < 2;
    play.textContent = playing ? "❚❚ Pause" : "▶ Play";
    label.textContent = i >= 0 ? ` ${list[i].label} (${i + 1} of ${list.length})` : "";
  };
  /** Shows the period delta after the current one (the first or last when none is shown); false at either end. */
  const step = (delta: number): boolean => {
    const list = periods();
    const i = current(list);
    const target = i < 0 ? (delta > 0 ? 0 : list.length - 1) : i + delta;
    if (target < 0 || target >= list.length) return false;
    view.update({ from: list[target].from, to: list[target].to });
    return true;
  };
  const stop = () => {
    playing = false;
    clearTimeout(timer);
    render();
  };

  back.addEventListener("click", () => { stop(); step(-1); });
  next.addEventListener("click", () => { stop(); step(1); });
  play.addEventListener("click", () => {
    if (playing) return stop();
    playing = true;
    // From the start unless a period is shown and it is not the last.
    const list = periods();
    const i = current(list);
    if (i < 0 || i === list.length - 1) view.update({ from: list[0].from, to: list[0].to });
    else step(1);
    render();
  });
  unit.addEventListener("change", () => { stop(); render(); });
  // The next period comes once the drawing of this one is in (and has been seen for a moment).
  scene.subscribe(() => {
    render();
    if (!playing) return;
    clearTimeout(timer);
    timer = setTimeout(() => { if (playing && !step(1)) stop(); }, PAUSE_MS);
  });
  view.subscribe((s, previous) => {
    if (s.from === previous.from && s.to === previous.to) return;
    // A window the player did not set (the slider, a reset) ends playing.
    if (playing && current(periods()) < 0) stop();
    render();
  });
  render();
}
