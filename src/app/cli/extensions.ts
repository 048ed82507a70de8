import type { Command } from "commander";
import { registerCatalogCommand } from "../../modules/campaigns/cli.js";
import { registerClosingsCommand } from "../../modules/closings/cli.js";
import { registerComplaintsCommand } from "../../modules/dispositions/cli.js";
import { registerImportCommand } from "../../modules/imports/cli.js";
import { registerRetentionCommands } from "../../modules/retention/cli.js";
import { registerWorkOrderCommands } from "../../modules/workorders/cli.js";
import { registerSeedCommands } from "../../seed/cli.js";

/** Commands contributed by modules (seed, import, …), each adding itself to the program. */
export const CLI_EXTENSIONS: Array<(program: Command) => void> = [
  registerSeedCommands,
  registerImportCommand,
  registerWorkOrderCommands,
  registerRetentionCommands,
  registerComplaintsCommand,
  registerClosingsCommand,
  registerCatalogCommand,
];
