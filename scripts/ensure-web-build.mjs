// `npm start` builds the web UI when web/dist is missing or older than its sources.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const built = path.join(root, "web/dist/index.html");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

const sources = [path.join(root, "web/src"), path.join(root, "web/index.html")];
const sourceTime = Math.max(
  ...sources.filter(existsSync).map((s) => (statSync(s).isDirectory() ? newestSource(s) : statSync(s).mtimeMs)),
);
if (!existsSync(built) || statSync(built).mtimeMs < sourceTime) {
  console.log("Construyendo la interfaz web…");
  execSync("npm run build:web", { cwd: root, stdio: "inherit" });
}
