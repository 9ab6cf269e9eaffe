// The drawing: sigma.js on the current graph, with the selection, its neighbours or a path highlighted.

import { createEdgeCurveProgram } from "@sigma/edge-curve";
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, EdgeLineProgram, NodePointProgram } from "sigma/rendering";
import { h } from "./dom";
import type { ActorGraph, EdgeAttributes, NodeAttributes } from "./graph";
import type { Scene } from "./loading";
import type { Store } from "./store";
import type { View } from "./view";

const DIM_NODE = "#d4d4d8";
const DIM_EDGE = "#e8e8ec";
/** Edges stay drawn while the camera moves up to this many; the level-of-detail drawing keeps below it. */
const HIDE_EDGES_ON_MOVE = 200_000;

export interface Renderer {
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  /** Highlights these edges and their ends (a found path), or nothing with null. */
  showPath(edges: Set<string> | null): void;
  readonly pathShown: boolean;
  centreOn(node: string): void;
  /** How many pixels of the drawing differ from the background: a blank canvas has none. */
  inkedPixels(): number;
  downloadPng(): void;
}

export function renderer(container: HTMLElement, scene: Store<Scene>, view: View, onClick: (node: string) => void): Renderer {
  const graph = (): ActorGraph => scene.get().graph;
  let focus: Set<string> | null = null;
  let pathEdges: Set<string> | null = null;
  let hovered: string | null = null;

  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph(), container, {
    renderEdgeLabels: false,
    allowInvalidContainer: true,
    enableEdgeEvents: false,
    hideLabelsOnMove: false,
    labelDensity: 0.6,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: 9,
    labelFont: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
    labelSize: 13,
    labelWeight: "500",
    defaultEdgeType: "arrow",
    // Large drawings (graph.ts, LARGE): one-pixel lines and point sprites, cheap to rasterise without a GPU.
    edgeProgramClasses: { thin: EdgeLineProgram },
    nodeProgramClasses: { point: NodePointProgram },
    minEdgeThickness: 0.6,
    zIndex: true,
    // The reducers run for every node and edge on each full redraw: without a highlight they hand the data back as is.
    nodeReducer: (node, data) => {
      if (!focus && node !== hovered && node !== view.get().actor) return data;
      const res: Partial<NodeAttributes> & { highlighted?: boolean; zIndex?: number } = { ...data };
      if (focus && !focus.has(node)) {
        res.color = DIM_NODE;
        res.label = "";
        res.forceLabel = false;
        res.zIndex = 0;
      } else if (focus) {
        res.forceLabel = true;
        res.zIndex = 1;
      }
      if (node === view.get().actor || node === hovered) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 2;
      }
      return res;
    },
    edgeReducer: (edge, data) => {
      if (!pathEdges && !focus) return data;
      const res: Partial<EdgeAttributes> & { hidden?: boolean; zIndex?: number } = { ...data };
      if (pathEdges) {
        if (pathEdges.has(edge)) {
          res.size = Math.max(3, data.size * 2);
          res.zIndex = 1;
        } else res.color = DIM_EDGE;
      } else if (focus) {
        const actor = view.get().actor;
        const [s, t] = sigma.getGraph().extremities(edge);
        if (s !== actor && t !== actor) res.color = DIM_EDGE;
        else {
          res.size = data.size * 1.5;
          res.zIndex = 1;
        }
      }
      return res;
    },
  });
  sigma.on("clickNode", ({ node }) => onClick(node));
  const hover = (node: string, on: boolean) => {
    hovered = on ? node : null;
    container.style.cursor = on ? "pointer" : "";
    sigma.refresh({ partialGraph: { nodes: [node] }, skipIndexation: true });
  };
  sigma.on("enterNode", ({ node }) => hover(node, true));
  sigma.on("leaveNode", ({ node }) => hover(node, false));

  /** Which nodes stay bright: the path's actors, else the selected actor and its neighbours; null when nothing is picked. */
  const refocus = () => {
    const before = focus;
    const g = graph(), actor = view.get().actor;
    if (pathEdges) {
      focus = new Set();
      for (const e of pathEdges) g.extremities(e).forEach((n) => focus!.add(n));
    } else if (actor && g.hasNode(actor)) {
      focus = new Set([actor, ...g.neighbors(actor)]);
    } else focus = null;
    // The reducers read focus and the selection: redraw unless nothing was and nothing is highlighted.
    if (before !== null || focus !== null) sigma.refresh();
  };

  scene.subscribe(({ graph: g }, previous) => {
    if (g === previous.graph) return;
    // The highlight belongs to the old graph; settings next, and only those that change: each change re-indexes
    // the graph in place (the old one, still cheap while it is there) and redraws.
    pathEdges = null;
    focus = null;
    const settings: Partial<Settings<NodeAttributes, EdgeAttributes>> = { hideEdgesOnMove: g.size > HIDE_EDGES_ON_MOVE, zIndex: g.order < 5000 };
    // Several relations between the same two actors fan out as curves (graph.ts, parallelCurvatures); their program
    // is built the first time a drawing needs it.
    const classes = sigma.getSetting("edgeProgramClasses");
    if (!classes.curvedArrow && g.someEdge((_e, a) => a.type === "curvedArrow"))
      settings.edgeProgramClasses = { ...classes, curvedArrow: createEdgeCurveProgram<NodeAttributes, EdgeAttributes>({ arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS }) };
    const changes = Object.fromEntries(Object.entries(settings).filter(([key, value]) => sigma.getSetting(key as keyof typeof settings) !== value));
    if (Object.keys(changes).length > 0) sigma.setSettings(changes);
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    // For bench/web: the frame after the first render of this graph (setGraph renders at once), when it is on screen.
    sigma.once("afterRender", () => requestAnimationFrame(() => performance.mark("actorgraph:rendered")));
    sigma.setGraph(g);
    refocus();
  });
  view.subscribe((s, previous) => { if (s.actor !== previous.actor) refocus(); });

  /** The drawing's layers (edges, nodes, labels…) on one white canvas, as the PNG download and the test see it. */
  const composite = (): HTMLCanvasElement => {
    sigma.refresh(); // renders now, so the WebGL buffers hold the picture while it is copied
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const out = h("canvas");
    out.width = Math.round(width * ratio);
    out.height = Math.round(height * ratio);
    const ctx = out.getContext("2d")!;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    for (const layer of Object.values(sigma.getCanvases())) ctx.drawImage(layer, 0, 0, out.width, out.height);
    return out;
  };

  return {
    sigma,
    showPath(edges) {
      pathEdges = edges;
      refocus();
    },
    get pathShown() { return pathEdges !== null; },
    centreOn(node) {
      if (!graph().hasNode(node)) return;
      const d = sigma.getNodeDisplayData(node);
      if (!d) return;
      const camera = sigma.getCamera();
      void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
    },
    inkedPixels: () => countInk(composite()),
    downloadPng() {
      composite().toBlob((blob) => {
        if (!blob) return;
        const url = URL.createObjectURL(blob);
        h("a", { href: url, download: "actorgraph.png" }).click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }, "image/png");
    },
  };
}

function countInk(canvas: HTMLCanvasElement): number {
  const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] < 245 || data[i + 1] < 245 || data[i + 2] < 245) inked++;
  return inked;
}
