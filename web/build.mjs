// Bundles src/ into dist/ (index.html, favicon.svg, app.js, app.css with the vendor CSS)
// with esbuild. Run by build.sh.
import { build } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";

const dist = new URL("./dist/", import.meta.url);
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
await build({
  entryPoints: { app: "src/main.js" },
  bundle: true,
  minify: true,
  format: "esm",
  target: ["es2020"],
  outdir: "dist",
  legalComments: "linked",
  logLevel: "info",
});
for (const f of ["index.html", "favicon.svg"]) {
  await copyFile(new URL(f, import.meta.url), new URL(f, dist));
}
