import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { asActor } from "../../platform/cli.js";
import type { CliKit } from "../../platform/manifest.js";
import { actingUser, firstUserWithRole } from "../identity/index.js";
import { findCurrentTenant } from "../tenants/index.js";
import { sendZoningReport } from "./commands/send-zoning-report.js";
import { zoningWorkbook } from "./export.js";
import { SERVICE_REQUEST_PERMISSIONS } from "./policy.js";
import { listZoningCases } from "./queries.js";
import { monthOf } from "./rules.js";

/** `fideliza service-requests zoning-export`: the month's zoning cases as .xlsx, and with --send to billing (step 21). */
export function registerServiceRequestCommands(program: Command, { withDatabase }: CliKit): void {
  const group = program.command("service-requests").description("Solicitudes de servicio y anulaciones (COM-DSC-P10)");
  group
    .command("zoning-export")
    .description(
      "Exporta los casos de zonificación del mes a .xlsx (hoja dinámica); con --send los remite a facturación como nueva versión",
    )
    .argument("<file>", "archivo .xlsx de salida")
    .requiredOption("--tenant <slug>", "operador")
    .option("--month <AAAA-MM>", "mes (por defecto, el actual)")
    .option("--send", "remitir a la División de Facturación por el adaptador de facturación")
    .option("--user <email>", "usuario (por defecto, el primer administrador)")
    .action(async (file: string, options: { tenant: string; month?: string; send?: boolean; user?: string }) => {
      const target = path.resolve(file);
      const result = await withDatabase(async ({ db }) => {
        const permission = options.send ? SERVICE_REQUEST_PERMISSIONS.bill : SERVICE_REQUEST_PERMISSIONS.read;
        const actor = await actingUser(db, { ...options, permission, defaultEmail: firstUserWithRole("admin") });
        return asActor(db, actor, async (ctx) => {
          const timezone = (await findCurrentTenant(ctx.tx))?.timezone ?? "UTC";
          const month = options.month ?? monthOf(ctx.now, timezone);
          if (options.send) {
            const { report, file: bytes } = await sendZoningReport(month, ctx);
            return { month, rows: report.row_count, version: report.version as number | null, bytes };
          }
          const cases = await listZoningCases(ctx.tx, month);
          return {
            month,
            rows: cases.length,
            version: null,
            bytes: await zoningWorkbook(cases, { month, version: 0, timezone }),
          };
        });
      });
      await fs.promises.writeFile(target, result.bytes);
      console.log(
        result.version
          ? `Remitidos ${result.rows} casos de zonificación de ${result.month} a facturación (versión ${result.version}); copia en ${target}.`
          : `Exportados ${result.rows} casos de zonificación de ${result.month} a ${target}.`,
      );
    });
}
