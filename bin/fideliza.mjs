#!/usr/bin/env node
// The `fideliza` command. Sources are TypeScript, loaded through tsx's ESM hooks. The demo and scale
// data commands (src/seed) sit above the modules, so the entry point hands them to the CLI.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("../src/app/cli/main.ts");
const { registerSeedCommands } = await import("../src/seed/cli.ts");
runCli([registerSeedCommands]);
