// Measures the page in headless Chromium (see run.sh): `node page.mjs BASE_URL` prints one JSON line of
// measurements; `node page.mjs --table A.json B.json…` prints them side by side. Times in ms from navigation.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

if (process.argv[2] === "--table") {
  printTable(process.argv.slice(3).map((f) => JSON.parse(readFileSync(f, "utf8"))));
  process.exit(0);
}
const { chromium } = await import(new URL("../../web/node_modules/playwright-core/index.mjs", import.meta.url));
const base = process.argv[2];
const profile = mkdtempSync(join(tmpdir(), "actorgraph-bench-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, viewport: { width: 1440, height: 900 },
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
});
try {
  const page = context.pages()[0];
  await page.addInitScript(() => {
    // Long tasks: how long the page could not answer a click.
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask", buffered: true });
  });
  const result = { first: await visit(page), reload: await visit(page) };
  Object.assign(result, await camera(page), await responsiveness(page));
  console.log(JSON.stringify(result));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

/** One navigation: bytes and times until the drawing is in and sized. */
async function visit(page) {
  await page.goto(base);
  await page.waitForFunction(() => window.actorGraph?.loads >= 1 && window.actorGraph.layoutDone, null, { timeout: 600_000, polling: 50 });
  return page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const drawing = performance.getEntriesByType("resource").find((r) => new URL(r.name).pathname === "/api/drawing");
    const api = performance.getEntriesByType("resource").filter((r) => new URL(r.name).pathname.startsWith("/api/"));
    const { graph, cut } = window.actorGraph;
    return {
      nodes: graph.order, edges: graph.size, totalNodes: cut?.totalNodes ?? graph.order, totalEdges: cut?.totalEdges ?? graph.size,
      drawingBytes: drawing?.encodedBodySize, drawingDecoded: drawing?.decodedBodySize,
      apiBytes: api.reduce((sum, r) => sum + r.encodedBodySize, 0),
      dataArrived: drawing?.responseEnd, parsed: mark("actorgraph:data"), built: mark("actorgraph:built"),
      drawn: mark("actorgraph:rendered"), painted: mark("actorgraph:painted"),
      // A provisional first picture (the layout not ready) moves to the settled positions later.
      provisional: mark("actorgraph:settled") !== null, settled: mark("actorgraph:settled") ?? mark("actorgraph:rendered"),
      longestTask: Math.max(0, ...window.longTasks), blocked: window.longTasks.reduce((s, d) => s + Math.max(0, d - 50), 0),
    };
  });
}

/** Frames while the camera zooms and pans, and the time sigma's render call takes in them. */
async function camera(page) {
  return page.evaluate(async () => {
    const r = window.actorGraph.renderer, cam = r.getCamera();
    const render = r.render, calls = [];
    r.render = function (...args) {
      const t = performance.now();
      const out = render.apply(this, args);
      calls.push(performance.now() - t);
      return out;
    };
    const frames = [];
    let last = performance.now(), running = true;
    const tick = (t) => { frames.push(t - last); last = t; if (running) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    await cam.animate({ ratio: 0.3, x: 0.3, y: 0.6 }, { duration: 1500 });
    await cam.animate({ ratio: 1, x: 0.5, y: 0.5 }, { duration: 1500 });
    running = false;
    r.render = render;
    const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
    const p95 = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length * 0.95)];
    const gl = document.createElement("canvas").getContext("webgl2");
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    return {
      frameMedian: median(frames), frameP95: p95(frames), renderMedian: median(calls), renderP95: p95(calls),
      edgesWhileMoving: !r.getSetting("hideEdgesOnMove"),
      webgl: info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
    };
  });
}

/** Answers to a user: search suggestions (from the whole store when the drawing shows part), an actor's panel. */
async function responsiveness(page) {
  const last = await page.evaluate(() => window.actorGraph.cut ? null : window.actorGraph.graph.nodes().at(-1));
  await page.keyboard.press("/");
  const text = last ?? "actor-9999";
  await page.keyboard.type(text);
  let t = Date.now();
  await page.locator("#search-suggestions li[role=option]").first().waitFor({ timeout: 60_000 });
  const suggestions = Date.now() - t;
  t = Date.now();
  await page.keyboard.press("Enter");
  await page.locator("#panel-body .relations, #panel-body .error").first().waitFor({ timeout: 60_000 });
  const panel = Date.now() - t;
  return { searched: text, suggestions, panel };
}

function printTable(runs) {
  const n = (v) => (v === null || v === undefined ? "–" : Math.round(v).toLocaleString("en"));
  const mb = (v) => (v === undefined ? "–" : `${(v / 1e6).toFixed(2)} MB`);
  const rows = [
    ["network (actors / relations)", (r) => `${n(r.first.totalNodes)} / ${n(r.first.totalEdges)}`],
    ["drawn (nodes / relations)", (r) => `${n(r.first.nodes)} / ${n(r.first.edges)}`],
    ["/api/drawing on the wire (decoded)", (r) => `${mb(r.first.drawingBytes)} (${mb(r.first.drawingDecoded)})`],
    ["all /api responses on the wire", (r) => mb(r.first.apiBytes)],
    ["first visit: data arrived, ms", (r) => n(r.first.dataArrived)],
    ["first visit: first drawing, ms", (r) => `${n(r.first.drawn)}${r.first.provisional ? " (provisional)" : ""}`],
    ["first visit: sizes and colours, ms", (r) => n(r.first.painted)],
    ["first visit: settled layout drawn, ms", (r) => n(r.first.settled)],
    ["reload: data arrived, ms", (r) => n(r.reload.dataArrived)],
    ["reload: JSON parsed / graph built, ms", (r) => `${n(r.reload.parsed)} / ${n(r.reload.built)}`],
    ["reload: first drawing = settled layout, ms", (r) => n(r.reload.drawn)],
    ["reload: sizes and colours, ms", (r) => n(r.reload.painted)],
    ["reload: longest main-thread task, ms", (r) => n(r.reload.longestTask)],
    ["frame while zooming and panning, median / p95, ms", (r) => `${n(r.frameMedian)} / ${n(r.frameP95)}`],
    ["sigma render call in those frames, median / p95, ms", (r) => `${n(r.renderMedian)} / ${n(r.renderP95)}`],
    ["edges drawn while the camera moves", (r) => (r.edgesWhileMoving ? "yes" : "no")],
    ["search suggestions after the last keystroke, ms", (r) => n(r.suggestions)],
    ["actor panel after Enter, ms", (r) => n(r.panel)],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`\n${"".padEnd(width)}  ${runs.map((r) => `${n(r.first.totalNodes)} actors`.padStart(22)).join("")}`);
  for (const [name, f] of rows) console.log(`${name.padEnd(width)}  ${runs.map((r) => f(r).padStart(22)).join("")}`);
  console.log(`\nWebGL: ${runs[0]?.webgl}. A first visit before the server's layout is ready (computed once per store version and`);
  console.log("filter, at start for the default view) draws a provisional one and then the settled one; the reload gets it from the cache. Suggestions wait for a 120 ms pause");
  console.log("in typing. Frame times are those of software WebGL on shared cores; the render call is sigma's own work.");
}
