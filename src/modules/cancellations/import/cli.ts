import type { Command } from "commander";
import type { CliKit } from "../../../platform/manifest.js";
import { runFileImports } from "../../imports/index.js";
import { requireCampaign } from "../catalog/campaign-catalog.js";
import { DEFAULT_CAMPAIGN } from "../catalog/kinds.js";
import { PERMISSIONS } from "../policy.js";
import { CANCELLATION_REQUESTS_IMPORT, requireBatchJoin } from "./kind.js";

/**
 * `fideliza cancellations import <file>`: a campaign's queue of cancellation requests from the billing
 * system's file. `complaints` stays as an alias: `fideliza complaints import` is the documented command
 * (and the one the import kind names when the generic `fideliza import` refuses the file).
 */
export function registerCancellationsCommand(program: Command, kit: CliKit): void {
  const cancellations = program
    .command("cancellations")
    .alias("complaints")
    .description("Quejas de cancelación de las campañas (seed 003)");
  cancellations
    .command("import")
    .description(
      "Carga la cola de quejas de una campaña desde un .xlsx o .csv (numero_queja, numero_servicio, codigo_cliente, motivo, fecha)",
    )
    .argument("<files...>", "uno o más archivos .xlsx o .csv (cada uno es su propia carga)")
    .requiredOption("--tenant <slug>", "operador")
    .option("--campaign <code>", "campaña (ámbito de su catálogo de tipificaciones)", DEFAULT_CAMPAIGN)
    .option("--user <email>", "usuario que carga la cola (por defecto, el primer administrador)")
    .option("--batch <importId>", "une la carga al lote de otra importación (los productos que nombran sus filas)")
    .option("--dry-run", "valida y muestra los errores sin guardar nada")
    .action(
      async (files: string[], options: { tenant: string; campaign: string; user?: string; batch?: string; dryRun?: boolean }) => {
        await runFileImports(
          files.map((file) => ({
            kind: CANCELLATION_REQUESTS_IMPORT,
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
          })),
          kit,
        );
      },
    );
}
