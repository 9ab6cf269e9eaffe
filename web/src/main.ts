// The page: the network drawn by sigma.js, its filters, the actor panel, the path finder, the table and extraction.
// Everything shown comes from the API; the view's state lives in the URL (view.ts). This file only wires the
// modules together: each follows the view and the loaded scene by subscribing to them.

import "./style.css";
import { analyses } from "./analyses";
import { api, type AttributeInfo, type MeasureInfo, type Stats } from "./api";
import { appearance } from "./appearance";
import { byId } from "./dom";
import { labelOf } from "./graph";
import { loader, sceneStore, type Loader, type Scene } from "./loading";
import { actorPanel } from "./panels/actor";
import { attributeFilter } from "./panels/where";
import { downloads } from "./panels/downloads";
import { egoBanner } from "./panels/ego";
import { extractPanel } from "./panels/extract";
import { filters } from "./panels/filters";
import { messages } from "./panels/messages";
import { pathFinder } from "./panels/paths";
import { player } from "./panels/play";
import { attachSuggestions } from "./panels/search";
import { table } from "./panels/table";
import { renderer, type Renderer } from "./renderer";
import type { Store } from "./store";
import { urlView, type View } from "./view";

async function start(): Promise<void> {
  const say = messages();
  let stats: Stats, offered: MeasureInfo[], stored: AttributeInfo[];
  try {
    [stats, offered, stored] = await Promise.all([api.stats(), api.measures(), api.attributes(new URLSearchParams())]);
  } catch (e) {
    say.show(`The service does not answer: ${(e as Error).message}`, "error", "Try again", () => location.reload());
    return;
  }
  // Group numbers (communities, components) cannot size a node.
  const measures = offered.filter((m) => !m.group);
  const names = offered.map((m) => m.name);
  // The actors' numbers (followers_count…) size nodes too; a measure of the same name wins.
  const sizers = [...measures.map((m) => m.name), ...stored.filter((a) => a.kind === "number" && !names.includes(a.name)).map((a) => a.name)];
  const view = urlView(sizers);
  const scene = sceneStore();
  const analysed = analyses(names);
  const graph = () => scene.get().graph;
  /** Selects an actor (the panel follows) and, for a search, brings it into view. */
  const select = (id: string, centre: boolean) => {
    view.update({ actor: id });
    if (centre) drawing.centreOn(id);
  };

  const drawing = renderer(byId("graph"), scene, view, (node) => select(node, false));
  const looks = appearance(scene, view, analysed, measures);
  const panel = actorPanel({ view, scene, analyses: analysed, open: (id) => select(id, true), setPathEnd: (end, id) => paths.setEnd(end, id) });
  const paths = pathFinder({ view, scene, open: (id) => select(id, true), highlight: drawing.showPath });
  egoBanner(view, scene);
  table(view, scene, analysed, (id) => select(id, true));
  downloads(view, drawing.downloadPng, (message) => say.show(message, "error"));
  attachSuggestions(byId("search"), byId("search-suggestions"), graph, () => scene.get().cut !== null, (id) => select(id, true));
  document.addEventListener("keydown", (e) => onKey(e, { panelOpen: () => panel.isOpen, close: () => view.update({ actor: null }), pathShown: () => drawing.pathShown, clearPath: paths.clear }));
  const filterPanel = filters(view, scene, stats);
  attributeFilter(view, scene, analysed);
  player(view, scene);
  const load = loader(scene, { view, stats, analyses: analysed, messages: say, paint: looks.paint, resetFilters: filterPanel.reset });
  extractPanel({ labelOf: (id) => labelOf(graph(), id), stored: () => void load.load() });
  expose({ view, scene, drawing, load });

  await load.load();
  const s = view.get();
  if (s.pathFrom) paths.setEnd("from", s.pathFrom, false);
  if (s.pathTo) paths.setEnd("to", s.pathTo);
  if (s.actor) {
    panel.show(s.actor);
    // In the ego view the whole neighbourhood is the point: no zooming in on its centre.
    if (!s.ego) drawing.centreOn(s.actor);
  }
}

/** "/" goes to the search; Escape closes what is open, innermost first. */
function onKey(e: KeyboardEvent, open: { panelOpen(): boolean; close(): void; pathShown(): boolean; clearPath(): void }): void {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement;
  if (e.key === "/" && !typing) {
    e.preventDefault();
    byId<HTMLInputElement>("search").focus();
  } else if (e.key === "Escape") {
    if (typing) (e.target as HTMLElement).blur();
    const menu = document.querySelector<HTMLDetailsElement>("details.downloads");
    if (menu?.open) menu.open = false;
    else if (open.panelOpen()) open.close();
    else if (open.pathShown()) open.clearPath();
  }
}

/** What the end-to-end test, the benchmark and a curious user can inspect from the console: window.actorGraph. */
function expose(p: { view: View; scene: Store<Scene>; drawing: Renderer; load: Loader }): void {
  (window as unknown as { actorGraph: unknown }).actorGraph = {
    get graph() { return p.scene.get().graph; },
    get state() { return p.view.get(); },
    get renderer() { return p.drawing.sigma; },
    get loads() { return p.load.loads; },
    /** Positions come settled from the server: the layout is done once a drawing is in. */
    get layoutDone() { return p.load.drawn; },
    get cut() { return p.scene.get().cut; },
    inkedPixels: () => p.drawing.inkedPixels(),
  };
}

void start();
