#!/usr/bin/env node
// Measures the import graph of src/: folder-to-folder arrows, the folders caught in cycles (strongly
// connected components), file cycles, and imports that reach into another module's internals.
// Usage: node scripts/import-graph.mjs [--list]
import { execFileSync } from "node:child_process";

const json = execFileSync("npx", ["depcruise", "src", "--no-config", "--ts-pre-compilation-deps", "--output-type", "json"], {
  encoding: "utf8",
  maxBuffer: 1 << 28,
});
// Tests are left out: they may reach any file, and they are not part of the product's graph.
const modules = JSON.parse(json).modules.filter((m) => m.source.startsWith("src/") && !m.source.endsWith(".test.ts"));
const folderOf = (file) => {
  const parts = file.split("/");
  const depth = ["modules", "platform", "app"].includes(parts[1]) ? 3 : 2;
  return parts.slice(0, depth).join("/").replace(/\.ts$/, "");
};
const moduleOf = (file) => (file.startsWith("src/modules/") ? file.split("/")[2] : undefined);
const fileEdges = [];
for (const m of modules)
  for (const d of m.dependencies)
    if (d.resolved.startsWith("src/") && !d.dependencyTypes.includes("type-only")) fileEdges.push([m.source, d.resolved]);
const folderEdges = new Set();
for (const [a, b] of fileEdges) if (folderOf(a) !== folderOf(b)) folderEdges.add(`${folderOf(a)}→${folderOf(b)}`);
const adjacency = new Map();
for (const edge of folderEdges) {
  const [a, b] = edge.split("→");
  if (!adjacency.has(a)) adjacency.set(a, []);
  adjacency.get(a).push(b);
}
// Tarjan's strongly connected components over the folder graph.
let counter = 0;
const order = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const components = [];
const visit = (v) => {
  order.set(v, counter);
  low.set(v, counter);
  counter++;
  stack.push(v);
  onStack.add(v);
  for (const w of adjacency.get(v) ?? []) {
    if (!order.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), order.get(w)));
  }
  if (low.get(v) === order.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    components.push(component);
  }
};
for (const v of adjacency.keys()) if (!order.has(v)) visit(v);
const componentOf = new Map();
components.forEach((c, i) => {
  for (const v of c) componentOf.set(v, i);
});
const cyclicArrows = [...folderEdges].filter((edge) => {
  const [a, b] = edge.split("→");
  return componentOf.get(a) === componentOf.get(b);
});
const cyclic = components.filter((c) => c.length > 1).sort((a, b) => b.length - a.length);
const fileCycles = modules.filter((m) => m.dependencies.some((d) => d.circular)).length;
const deep = fileEdges.filter(([a, b]) => {
  const from = moduleOf(a);
  const to = moduleOf(b);
  return to && from !== to && !/\/(index|module)\.ts$/.test(b);
});
console.log(`files: ${modules.length}, file import arrows: ${fileEdges.length}`);
console.log(`folder arrows: ${folderEdges.size}, inside a cycle (run back up): ${cyclicArrows.length}`);
console.log(`folders in cycles: ${cyclic.map((c) => c.length).join(", ") || 0}`);
console.log(`files on a file cycle: ${fileCycles}`);
console.log(`imports into another module's internals: ${deep.length}`);
if (process.argv.includes("--list")) for (const [a, b] of deep) console.log(`  ${a} → ${b}`);
if (process.argv.includes("--cycles")) for (const c of cyclic) console.log(`  cycle: ${c.join(", ")}`);
