import fs from "node:fs/promises";
import path from "node:path";
import type { Command } from "commander";
import { asActor } from "../../platform/cli.js";
import type { CommandContext } from "../../platform/context.js";
import type { CliKit } from "../../platform/manifest.js";
import { actingUser, firstUserWithRole } from "../identity/index.js";
import { sendCreditLines } from "./commands/send-credit-lines.js";
import { validateAdjustmentRow } from "./commands/validate-row.js";
import { exportCutWorkbook } from "./export.js";
import { PERMISSIONS } from "./policy.js";
import { listDeskRows } from "./queries.js";

interface TenantOptions {
  tenant: string;
  user?: string;
}

/** Runs `work` as --user (by default the tenant's first user of the adjustments cell), who must hold `permission`. */
function asUser<T>(
  { withDatabase }: CliKit,
  options: TenantOptions,
  permission: string,
  work: (ctx: CommandContext) => Promise<T>,
) {
  return withDatabase(async ({ db }) => {
    const actor = await actingUser(db, { ...options, permission, defaultEmail: firstUserWithRole("adjustments_back") });
    return asActor(db, actor, work);
  });
}

/** `fideliza adjustments validate|export|credit-lines`: the bulk parts of the cell's work, from the terminal. */
export function registerAdjustmentsCommand(program: Command, kit: CliKit): void {
  const adjustments = program
    .command("adjustments")
    .description(
      "Célula de ajustes: validar una base, exportar su resultado y enviar las notas crédito (la base se carga con «fideliza import ajustes»)",
    );
  adjustments
    .command("validate")
    .description(
      "Valida todas las filas por validar de un corte: sin soportes se escalan al área de PQR; si no, se envían al back de ajustes",
    )
    .requiredOption("--tenant <slug>", "operador")
    .requiredOption("--cut <fecha>", "fecha de corte AAAA-MM-DD")
    .option("--user <email>", "usuario (por defecto, el primero de la célula de ajustes)")
    .action(async (options: TenantOptions & { cut: string }) => {
      const pending = await asUser(kit, options, PERMISSIONS.work, ({ tx }) =>
        listDeskRows(tx, { cutDate: options.cut, status: "received", limit: 1_000_000, offset: 0 }),
      );
      const outcome = { escalated: 0, sent: 0, refused: 0 };
      for (const row of pending.rows) {
        try {
          const validated = await asUser(kit, options, PERMISSIONS.work, (ctx) => validateAdjustmentRow({ rowId: row.id }, ctx));
          if (validated.status === "escalated_pqr") outcome.escalated++;
          else outcome.sent++;
        } catch (error) {
          outcome.refused++;
          console.error(`${row.filing_number}: ${(error as Error).message}`);
        }
      }
      console.log(
        `Corte ${options.cut}: ${outcome.sent} enviadas al back de ajustes, ${outcome.escalated} escaladas al área de PQR, ${outcome.refused} rechazadas.`,
      );
      if (outcome.refused > 0) process.exitCode = 1;
    });
  adjustments
    .command("export")
    .description("Exporta el resultado del corte a un .xlsx, en el orden de columnas del operador")
    .argument("<file>", "archivo de salida (.xlsx)")
    .requiredOption("--tenant <slug>", "operador")
    .requiredOption("--cut <fecha>", "fecha de corte AAAA-MM-DD")
    .option("--user <email>", "usuario (por defecto, el primero de la célula de ajustes)")
    .action(async (file: string, options: TenantOptions & { cut: string }) => {
      const target = path.resolve(file);
      const buffer = await asUser(kit, options, PERMISSIONS.read, ({ tx }) => exportCutWorkbook(tx, options.cut));
      await fs.writeFile(target, buffer);
      console.log(`Exportado el corte ${options.cut} a ${target}.`);
    });
  adjustments
    .command("credit-lines")
    .description("Envía al sistema de facturación las notas crédito de los ajustes aprobados del corte (cada una una sola vez)")
    .requiredOption("--tenant <slug>", "operador")
    .requiredOption("--cut <fecha>", "fecha de corte AAAA-MM-DD")
    .option("--user <email>", "usuario (por defecto, el primero de la célula de ajustes)")
    .action(async (options: TenantOptions & { cut: string }) => {
      const { sent } = await asUser(kit, options, PERMISSIONS.work, (ctx) => sendCreditLines({ cutDate: options.cut }, ctx));
      console.log(`Enviadas ${sent} notas crédito del corte ${options.cut}.`);
    });
}
