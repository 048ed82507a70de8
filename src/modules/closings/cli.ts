import path from "node:path";
import { type Command, Option } from "commander";
import { asActor } from "../../platform/cli.js";
import type { CommandContext } from "../../platform/context.js";
import type { CliKit } from "../../platform/manifest.js";
import { actingUser, firstUserWithRole } from "../identity/index.js";
import { findCurrentTenant } from "../tenants/index.js";
import { sendClosingInstructions } from "./commands/send-closing-instructions.js";
import { exportInstructions } from "./export.js";
import { CLOSING_PERMISSIONS } from "./policy.js";
import type { InstructionStatus } from "./repo.js";

interface TenantOptions {
  tenant: string;
  user?: string;
}

/** Runs `work` as --user (by default the tenant's first administrator), who must hold `permission`. */
function asUser<T>(
  { withDatabase }: CliKit,
  options: TenantOptions,
  permission: string,
  work: (ctx: CommandContext) => Promise<T>,
): Promise<T> {
  return withDatabase(async ({ db }) => {
    const actor = await actingUser(db, { ...options, permission, defaultEmail: firstUserWithRole("admin") });
    return asActor(db, actor, work);
  });
}

/** `fideliza closings export|send`: the closing instructions for the billing system, from the terminal. */
export function registerClosingsCommand(program: Command, kit: CliKit): void {
  const closings = program.command("closings").description("Instrucciones de cierre para el sistema de facturación");
  closings
    .command("export")
    .description("Exporta las instrucciones de cierre a un .xlsx o .csv (número de queja, acción, fecha límite, observación…)")
    .argument("<file>", "archivo de salida")
    .requiredOption("--tenant <slug>", "operador")
    .option("--campaign <code>", "solo esta campaña")
    .addOption(
      new Option("--status <status>", "estado")
        .choices(["live", "ready", "queued", "sent", "failed", "superseded"])
        .default("live"),
    )
    .option("--overdue", "solo las vencidas sin confirmar")
    .addOption(new Option("--format <format>", "formato (por defecto, el de la extensión)").choices(["xlsx", "csv"]))
    .option("--user <email>", "usuario (por defecto, el primer administrador)")
    .action(
      async (
        file: string,
        options: TenantOptions & {
          campaign?: string;
          status: InstructionStatus | "live";
          overdue?: boolean;
          format?: "xlsx" | "csv";
        },
      ) => {
        const format = options.format ?? (file.toLowerCase().endsWith(".csv") ? "csv" : "xlsx");
        const target = path.resolve(file);
        const rows = await asUser(kit, options, CLOSING_PERMISSIONS.read, async ({ tx, now }) =>
          exportInstructions(tx, {
            filter: { campaign: options.campaign, status: options.status, overdueAt: options.overdue ? now : undefined },
            format,
            file: target,
            now,
            timezone: (await findCurrentTenant(tx))?.timezone ?? "UTC",
          }),
        );
        console.log(`Exportadas ${rows} instrucciones de cierre a ${target}.`);
      },
    );
  closings
    .command("send")
    .description("Envía al sistema de facturación las instrucciones listas de una campaña (quedan bloqueadas para corrección)")
    .requiredOption("--tenant <slug>", "operador")
    .requiredOption("--campaign <code>", "campaña")
    .option("--limit <n>", "como máximo", "1000")
    .option("--user <email>", "usuario (por defecto, el primer administrador)")
    .action(async (options: TenantOptions & { campaign: string; limit: string }) => {
      const sent = await asUser(kit, options, CLOSING_PERMISSIONS.send, (ctx) =>
        sendClosingInstructions({ campaign: options.campaign, limit: Number(options.limit) }, ctx),
      );
      console.log(
        `Enviadas ${sent.length} instrucciones de cierre al sistema de facturación (las entrega el trabajador de la aplicación).`,
      );
    });
}
