// The download menu: the network under the current filter as GEXF, GraphML or CSV, and the drawing as PNG.

import { api } from "../api";
import { byId } from "../dom";
import { filterQuery } from "../state";
import { changed } from "../store";
import { FILTER_KEYS, type View } from "../view";

export function downloads(view: View, png: () => void): void {
  const update = () => {
    const filter = filterQuery(view.get());
    for (const format of ["gexf", "graphml", "csv"]) byId<HTMLAnchorElement>(`download-${format}`).href = api.exportUrl(format, filter);
  };
  view.subscribe((s, previous) => { if (changed(s, previous, FILTER_KEYS)) update(); });
  byId("download-png").addEventListener("click", png);
  update();
}
