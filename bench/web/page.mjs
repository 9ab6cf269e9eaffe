// Measures the page in headless Chromium (see run.sh). Prints a table; times in milliseconds from navigation.
const { chromium } = await import(new URL("../../web/node_modules/playwright-core/index.mjs", import.meta.url));
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const base = process.argv[2];
const profile = mkdtempSync(join(tmpdir(), "actorgraph-bench-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, viewport: { width: 1440, height: 900 },
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
});
try {
  const page = context.pages()[0];
  const rows = [];
  let graphArrived = 0;
  const t0 = Date.now();
  page.on("requestfinished", (r) => { if (new URL(r.url()).pathname === "/api/graph") graphArrived = Date.now() - t0; });
  await page.goto(base);
  await page.waitForFunction(() => window.actorGraph?.graph.order > 0, null, { timeout: 300_000, polling: 20 });
  const drawn = Date.now() - t0;
  await page.waitForFunction(() => window.actorGraph.loads >= 1, null, { timeout: 300_000, polling: 20 });
  const measured = Date.now() - t0;
  await page.waitForFunction(() => window.actorGraph.layoutDone, null, { timeout: 600_000, polling: 100 });
  const laidOut = Date.now() - t0;
  const size = await page.evaluate(() => [window.actorGraph.graph.order, window.actorGraph.graph.size]);
  rows.push(["/api/graph received", graphArrived], ["network drawn (seeded positions)", drawn],
    ["sizes and colours applied (centrality, communities)", measured], ["ForceAtlas2 layout finished (web worker)", laidOut]);

  const inPage = await page.evaluate(async () => {
    const r = window.actorGraph.renderer, camera = r.getCamera();
    const time = (f) => { const t = performance.now(); f(); return performance.now() - t; };
    const frames = [];
    let last = performance.now(), running = true;
    const tick = (t) => { frames.push(t - last); last = t; if (running) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    await camera.animate({ ratio: 0.3, x: 0.3, y: 0.6 }, { duration: 1500 });
    await camera.animate({ ratio: 1, x: 0.5, y: 0.5 }, { duration: 1500 });
    running = false;
    frames.sort((a, b) => a - b);
    const node = window.actorGraph.graph.nodes()[0];
    const gl = document.createElement("canvas").getContext("webgl2");
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    return {
      frameMedian: frames[frames.length >> 1], frameP95: frames[Math.floor(frames.length * 0.95)],
      fullRedraw: time(() => r.refresh()),
      hoverRedraw: time(() => r.refresh({ partialGraph: { nodes: [node] }, skipIndexation: true })),
      renderer: info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
    };
  });
  rows.push(["frame while zooming and panning, median", inPage.frameMedian], ["frame while zooming and panning, 95th percentile", inPage.frameP95],
    ["full redraw (filter change, selection)", inPage.fullRedraw], ["hover redraw (one node)", inPage.hoverRedraw]);

  await page.keyboard.press("/");
  await page.keyboard.type("actor-1");
  const typed = Date.now();
  await page.locator("#search-suggestions li[role=option]").first().waitFor();
  rows.push(["search suggestions after the last keystroke", Date.now() - typed]);

  console.log(`\nThe page with ${size[0].toLocaleString("en")} nodes and ${size[1].toLocaleString("en")} relations; WebGL: ${inPage.renderer}\n`);
  console.log(`${"step".padEnd(56)} ${"ms".padStart(8)}`);
  for (const [name, ms] of rows) console.log(`${name.padEnd(56)} ${Math.round(ms).toString().padStart(8)}`);
  console.log("\nSuggestions wait for a 120 ms pause in typing. Headless Chromium here draws with SwiftShader (software WebGL)" +
    "\non shared cores: frame times on a machine with a GPU are far lower.");
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
