// Bundles the page into src/ActorGraph/wwwroot/dist (run by the MSBuild target in ActorGraph.csproj, or `npm run build`).
// `--tests` instead bundles test/**/*.test.ts for `node --test` (Node 20 runs no TypeScript by itself).
import * as esbuild from "esbuild";
import { readdirSync, rmSync } from "node:fs";

const here = new URL(".", import.meta.url).pathname;

if (process.argv.includes("--tests")) {
  rmSync(here + "test-out", { recursive: true, force: true });
  await esbuild.build({
    entryPoints: readdirSync(here + "test", { recursive: true }).filter((f) => f.endsWith(".test.ts")).map((f) => here + "test/" + f),
    outdir: here + "test-out",
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "warning",
  });
} else {
  await esbuild.build({
    entryPoints: { app: here + "src/main.ts" },
    outdir: here + "../src/ActorGraph/wwwroot/dist",
    bundle: true,
    minify: true,
    sourcemap: true,
    format: "esm",
    target: ["es2022"],
    legalComments: "linked",
    logLevel: "warning",
  });
}
