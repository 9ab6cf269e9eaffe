// The download menu: what is shown (the filtered network, or the neighbourhood in view) as GEXF, GraphML or CSV,
// and the drawing as PNG.

import { api } from "../api";
import { byId } from "../dom";
import { filterQuery } from "../state";
import { changed } from "../store";
import { FILTER_KEYS, type View } from "../view";

export function downloads(view: View, png: () => void): void {
  const update = () => {
    const state = view.get();
    for (const format of ["gexf", "graphml", "csv"]) byId<HTMLAnchorElement>(`download-${format}`).href = api.exportUrl(format, filterQuery(state), state);
  };
  view.subscribe((s, previous) => { if (changed(s, previous, [...FILTER_KEYS, "ego", "radius"])) update(); });
  byId("download-png").addEventListener("click", png);
  update();
}
