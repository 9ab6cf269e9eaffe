// The actor panel's small chart: the chosen measure per period over every dated relation in the filter (the time
// window aside), with the rank in each period, so a rise or a fall shows at a glance.

import type { Analyses } from "../analyses";
import { h } from "../dom";
import { formatValue } from "../relations";
import { filterQuery, type ViewState } from "../state";
import { chartPoints, unitFor } from "../timeline";

const SVG = "http://www.w3.org/2000/svg";
const [WIDTH, HEIGHT] = [260, 64];

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, ...children: Node[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  el.append(...children);
  return el;
}

/** A section that fills itself once the timeline is in; empty when the relations in view have fewer than two days. */
export function trend(analyses: Analyses, state: ViewState, id: string, days: readonly string[]): HTMLElement {
  const section = h("section", { class: "trend" });
  if (days.length < 2) return section;
  if (!analyses.isMeasure(state.measure)) {
    section.append(h("p", { class: "hint" }, `${state.measure} is stored as last collected, not per period.`));
    return section;
  }
  const every = unitFor(days[0], days[days.length - 1]);
  const filter = filterQuery(state);
  filter.delete("from");
  filter.delete("to");
  section.append(h("h3", null, `${state.measure} per ${every}`), h("p", { class: "hint" }, "Loading…"));
  analyses.timeline(state.measure, every, filter).then((t) => {
    const series = t.series.find((s) => s.id === id);
    if (!series) {
      section.replaceChildren(h("h3", null, `${state.measure} per ${every}`), h("p", { class: "hint" }, "No dated relations of this actor."));
      return;
    }
    const { path, dots } = chartPoints(series.values, WIDTH, HEIGHT);
    const known = series.values.map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0);
    const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: "img", "aria-label": `${state.measure} per ${every}` },
      svg("path", { d: path, fill: "none", stroke: "currentColor", "stroke-width": 1.5 }),
      ...dots.map((d, k) => {
        const i = known[k];
        const title = svg("title", {});
        title.textContent = `${t.periods[i]}: ${formatValue(d.value)} (#${series.ranks[i]})`;
        return svg("circle", { cx: d.x, cy: d.y, r: 2.5, fill: "currentColor" }, title);
      }));
    const [first, last] = [known[0], known[known.length - 1]];
    section.replaceChildren(
      h("h3", null, `${state.measure} per ${every}`),
      chart,
      h("p", { class: "hint" },
        `${t.periods[0]} – ${t.periods[t.periods.length - 1]}; rank #${series.ranks[first]} in ${t.periods[first]}, #${series.ranks[last]} in ${t.periods[last]}`));
  }, (e: Error) => section.replaceChildren(h("p", { class: "note" }, `Could not compute the ${state.measure} per ${every}: ${e.message}`)));
  return section;
}
