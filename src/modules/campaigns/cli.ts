import fs from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { asActor } from "../../platform/cli.js";
import { loadConfig } from "../../platform/config.js";
import type { CliKit } from "../../platform/manifest.js";
import { DEFAULT_CAMPAIGN } from "../cancellations/index.js";
import { actingUser, firstUserWithRole } from "../identity/index.js";
import { guardSpreadsheet } from "../imports/index.js";
import { importCampaignWorkbook } from "./commands/import-campaign-workbook.js";
import { exportCampaignWorkbook } from "./export-workbook.js";

interface CatalogOptions {
  tenant: string;
  campaign: string;
  user?: string;
  note?: string;
}

const firstAdmin = firstUserWithRole("admin");

/** `fideliza catalog export|import`: a campaign's catalogs as one .xlsx (one sheet per part). */
export function registerCatalogCommand(program: Command, { withDatabase }: CliKit): void {
  const catalog = program.command("catalog").description("Catálogos de campaña (tipificaciones y beneficios) como .xlsx");
  catalog
    .command("export")
    .description("Exporta el catálogo vigente de una campaña a un .xlsx")
    .argument("<file>", "archivo .xlsx de salida")
    .requiredOption("--tenant <slug>", "operador")
    .option("--campaign <code>", "campaña", DEFAULT_CAMPAIGN)
    .option("--user <email>", "usuario (por defecto, el primer administrador)")
    .action(async (file: string, options: CatalogOptions) => {
      await withDatabase(async ({ db }) => {
        const actor = await actingUser(db, { ...options, permission: "catalogs:manage", defaultEmail: firstAdmin });
        const buffer = await asActor(db, actor, ({ tx }) => exportCampaignWorkbook(tx, options.campaign));
        await fs.writeFile(path.resolve(file), buffer);
        console.log(`Catálogo de «${options.campaign}» exportado a ${path.resolve(file)}.`);
      });
    });
  catalog
    .command("import")
    .description("Publica como versiones nuevas lo que cambió en un .xlsx exportado antes")
    .argument("<file>", "archivo .xlsx")
    .requiredOption("--tenant <slug>", "operador")
    .option("--campaign <code>", "campaña", DEFAULT_CAMPAIGN)
    .option("--note <text>", "motivo del cambio")
    .option("--user <email>", "usuario (por defecto, el primer administrador)")
    .action(async (file: string, options: CatalogOptions) => {
      const config = loadConfig();
      await guardSpreadsheet(path.resolve(file), {
        maxUncompressedBytes: config.importMaxUncompressedBytes,
        maxEntries: config.importMaxEntries,
      });
      await withDatabase(async ({ db }) => {
        const actor = await actingUser(db, { ...options, permission: "catalogs:manage", defaultEmail: firstAdmin });
        const result = await asActor(db, actor, (ctx) =>
          importCampaignWorkbook({ campaign: options.campaign, filePath: path.resolve(file), note: options.note }, ctx),
        );
        const say = (name: string, part: { version: number; published: boolean }) =>
          `${name}: ${part.published ? `publicada la versión ${part.version}` : `sin cambios (versión ${part.version})`}`;
        console.log(`${say("Tipificaciones", result.dispositions)}. ${say("Beneficios", result.benefits)}.`);
      });
    });
}
