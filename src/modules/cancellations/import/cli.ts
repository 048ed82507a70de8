import type { Command } from "commander";
import type { CliKit } from "../../../platform/manifest.js";
import { runFileImport } from "../../imports/index.js";
import { requireCampaign } from "../catalog/campaign-catalog.js";
import { DEFAULT_CAMPAIGN } from "../catalog/kinds.js";
import { PERMISSIONS } from "../policy.js";
import { COMPLAINTS_IMPORT, requireBatchJoin } from "./kind.js";

/** `fideliza complaints import <file>`: a campaign's queue from the billing system's file. */
export function registerComplaintsCommand(program: Command, kit: CliKit): void {
  const complaints = program.command("complaints").description("Quejas de cancelación de las campañas (seed 003)");
  complaints
    .command("import")
    .description(
      "Carga la cola de quejas de una campaña desde un .xlsx o .csv (numero_queja, numero_servicio, codigo_cliente, motivo, fecha)",
    )
    .argument("<file>", "archivo .xlsx o .csv")
    .requiredOption("--tenant <slug>", "operador")
    .option("--campaign <code>", "campaña (ámbito de su catálogo de tipificaciones)", DEFAULT_CAMPAIGN)
    .option("--user <email>", "usuario que carga la cola (por defecto, el primer administrador)")
    .option("--batch <importId>", "une la carga al lote de otra importación (los productos que nombran sus filas)")
    .option("--dry-run", "valida y muestra los errores sin guardar nada")
    .action(
      async (file: string, options: { tenant: string; campaign: string; user?: string; batch?: string; dryRun?: boolean }) => {
        await runFileImport(
          {
            kind: COMPLAINTS_IMPORT,
            file,
            tenant: options.tenant,
            user: options.user,
            batch: options.batch,
            dryRun: options.dryRun,
            options: { campaign: options.campaign },
            permission: PERMISSIONS.manage,
            precheck: async (ctx) => {
              requireBatchJoin(ctx.actor, options.batch);
              await requireCampaign(ctx.tx, options.campaign);
            },
          },
          kit,
        );
      },
    );
}
