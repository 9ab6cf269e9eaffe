// The download menu: what is shown (the filtered network, or the neighbourhood in view) as GEXF, GraphML or CSV,
// and the drawing as PNG.

import { api, fetchFile, holdsKey } from "../api";
import { byId, h } from "../dom";
import { filterQuery } from "../state";
import { changed } from "../store";
import { FILTER_KEYS, type View } from "../view";

export function downloads(view: View, png: () => void, failed: (message: string) => void): void {
  const update = () => {
    const state = view.get();
    for (const format of ["gexf", "graphml", "csv"]) byId<HTMLAnchorElement>(`download-${format}`).href = api.exportUrl(format, filterQuery(state), state);
  };
  view.subscribe((s, previous) => { if (changed(s, previous, [...FILTER_KEYS, "ego", "radius"])) update(); });
  for (const format of ["gexf", "graphml", "csv"]) {
    const link = byId<HTMLAnchorElement>(`download-${format}`);
    link.addEventListener("click", (e) => {
      // A server that needs the key refuses a plain link: fetch with the key, then save what came.
      if (!holdsKey()) return;
      e.preventDefault();
      fetchFile(link.getAttribute("href")!).then(({ blob, name }) => {
        const url = URL.createObjectURL(blob);
        h("a", { href: url, download: name }).click();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }, (error: Error) => failed(`The download failed: ${error.message}`));
    });
  }
  byId("download-png").addEventListener("click", png);
  update();
}
