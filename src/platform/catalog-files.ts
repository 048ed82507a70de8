import path from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of the catalogs shipped as data files (roles.json, catalogs/<kind>/<scope>.json). */
export const CATALOGS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../catalogs");
