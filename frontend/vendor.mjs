// Copy the dashboard's front-end libraries from node_modules into the Python package
// (peristiwa/api/static/vendor/), with their licences. Run after `npm ci`: `npm run vendor`.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "peristiwa", "api", "static", "vendor");
const nm = join(here, "node_modules");
const version = (pkg) => JSON.parse(readFileSync(join(nm, pkg, "package.json"), "utf8")).version;

// echarts.min.js bundles zrender and tslib, so their licences ship with it.
const files = [
  ["echarts/dist/echarts.min.js", "echarts/echarts.min.js"],
  ["echarts/LICENSE", "echarts/LICENSE"],
  ["echarts/NOTICE", "echarts/NOTICE"],
  ["echarts/licenses/LICENSE-d3", "echarts/LICENSE-d3"],
  ["zrender/LICENSE", "echarts/LICENSE-zrender"],
  ["tslib/LICENSE.txt", "echarts/LICENSE-tslib"],
];

rmSync(out, { recursive: true, force: true });
for (const [src, dst] of files) {
  mkdirSync(dirname(join(out, dst)), { recursive: true });
  copyFileSync(join(nm, src), join(out, dst));
}
const versions = Object.fromEntries(["echarts", "zrender", "tslib"].map((p) => [p, version(p)]));
writeFileSync(join(out, "VERSIONS.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`vendored into ${out}:`, versions);
