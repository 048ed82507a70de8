#!/usr/bin/env node
// The `fideliza` command. Sources are TypeScript, loaded through tsx's ESM hooks.
import { register } from "tsx/esm/api";

register();
await import("../src/app/cli/main.ts");
