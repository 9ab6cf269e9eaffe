// Measures over time as the page uses them: calendar periods over the days in view (labelled as the API labels
// them), rank changes between two periods, and the points of a small chart.

export type PeriodUnit = "day" | "week" | "month" | "quarter" | "year";

/** /api/timeline: one value and rank (1 the highest) per period for each actor; null where it had no relation. */
export interface Timeline {
  measure: string;
  every: string;
  window: number;
  periods: string[];
  series: { id: string; name: string; values: (number | null)[]; ranks: (number | null)[] }[];
}

/** A period as a time window for the filter: inclusive first and last day (YYYY-MM-DD). */
export interface PeriodWindow {
  readonly label: string;
  readonly from: string;
  readonly to: string;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (day: string) => Date.parse(`${day.slice(0, 10)}T00:00:00Z`);

/** A unit that cuts the span into a few to a few dozen periods. */
export function unitFor(first: string, last: string): PeriodUnit {
  const days = (parse(last) - parse(first)) / DAY;
  return days <= 31 ? "day" : days <= 200 ? "week" : days <= 4 * 366 ? "month" : days <= 12 * 366 ? "quarter" : "year";
}

/** The period of a unit that holds a day (UTC). Weeks are ISO weeks, Monday first, labelled 2024-W07. */
export function periodOf(day: string, unit: PeriodUnit): PeriodWindow {
  const t = parse(day);
  const d = new Date(t);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
  switch (unit) {
    case "day":
      return { label: iso(t), from: iso(t), to: iso(t) };
    case "week": {
      const monday = t - ((d.getUTCDay() + 6) % 7) * DAY;
      // The ISO year is the year of the week's Thursday; week 1 holds the year's first Thursday.
      const thursday = new Date(monday + 3 * DAY);
      const year = thursday.getUTCFullYear();
      const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
      return { label: `${year}-W${String(week).padStart(2, "0")}`, from: iso(monday), to: iso(monday + 6 * DAY) };
    }
    case "month":
      return { label: iso(t).slice(0, 7), from: iso(Date.UTC(y, m, 1)), to: iso(Date.UTC(y, m + 1, 1) - DAY) };
    case "quarter": {
      const q = Math.floor(m / 3);
      return { label: `${y}-Q${q + 1}`, from: iso(Date.UTC(y, 3 * q, 1)), to: iso(Date.UTC(y, 3 * q + 3, 1) - DAY) };
    }
    case "year":
      return { label: String(y), from: iso(Date.UTC(y, 0, 1)), to: iso(Date.UTC(y + 1, 0, 1) - DAY) };
  }
}

/** Every period from the one holding first to the one holding last, empty ones included (as the API lists them). */
export function periodsBetween(first: string, last: string, unit: PeriodUnit): PeriodWindow[] {
  const periods: PeriodWindow[] = [];
  for (let p = periodOf(first, unit); p.from <= last.slice(0, 10); p = periodOf(iso(parse(p.to) + DAY), unit)) periods.push(p);
  return periods;
}

/** Places gained from one period to another (positive: rose), for actors ranked in both; others are left out. */
export function rankChanges(timeline: Timeline, from: string, to: string): Map<string, number> {
  const [a, b] = [timeline.periods.indexOf(from), timeline.periods.indexOf(to)];
  const changes = new Map<string, number>();
  if (a < 0 || b < 0) return changes;
  for (const s of timeline.series) {
    const [r1, r2] = [s.ranks[a], s.ranks[b]];
    if (r1 !== null && r2 !== null) changes.set(s.id, r1 - r2);
  }
  return changes;
}

/** Chart points for values over periods in a width × height box (y down, the highest value at the top); a missing
 * value breaks the line. Returns SVG path data and the dots. */
export function chartPoints(values: readonly (number | null)[], width: number, height: number, pad = 4):
  { path: string; dots: { x: number; y: number; value: number }[] } {
  const known = values.filter((v): v is number => v !== null);
  const [lo, hi] = [Math.min(0, ...known), Math.max(...known, 0)];
  const x = (i: number) => pad + (values.length > 1 ? (i * (width - 2 * pad)) / (values.length - 1) : (width - 2 * pad) / 2);
  const y = (v: number) => (hi > lo ? pad + ((hi - v) * (height - 2 * pad)) / (hi - lo) : height / 2);
  const dots: { x: number; y: number; value: number }[] = [];
  let path = "";
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    const [px, py] = [round(x(i)), round(y(v))];
    path += `${drawing ? "L" : "M"}${px} ${py}`;
    drawing = true;
    dots.push({ x: px, y: py, value: v });
  });
  return { path, dots };
}

const round = (v: number) => Math.round(v * 10) / 10;
