#!/usr/bin/env node
// `npm run bench`: the benchmark runner. Sources are TypeScript, loaded through tsx's ESM hooks.
import { register } from "tsx/esm/api";

register();
await import("../bench/run.ts");
