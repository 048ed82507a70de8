import type { Command } from "commander";
import { asActor, csvField, parseFormat } from "../../platform/cli.js";
import { AppError } from "../../platform/errors.js";
import type { CliKit } from "../../platform/manifest.js";
import { roleNameEs } from "../../platform/role-names.js";
import { listWorklist } from "../followups/index.js";
import { actingUser, firstUserWithRole } from "../identity/index.js";

/**
 * `fideliza retention follow-ups`: run a team's follow-up worklist. The seed's indicators are the engine's:
 * `fideliza indicators show retention.cancellations|retention.retention_rate`.
 */
export function registerRetentionCommands(program: Command, { withDatabase }: CliKit): void {
  const retention = program.command("retention").description("Retención de bajas");
  retention
    .command("follow-ups")
    .description("Seguimientos vencidos (o próximos) de un equipo: control de calidad, daño reiterado, fin de promoción")
    .requiredOption("--tenant <slug>", "operador")
    .requiredOption("--role <role>", "equipo: incident_followup, quality_team o advisor")
    .option("--scope <scope>", "due, upcoming o done", "due")
    .option("--user <email>", "usuario del equipo (por defecto, el primero con ese rol)")
    .option("--format <format>", "text, csv o json", "text")
    .action(async (options: { tenant: string; role: string; scope: string; user?: string; format?: string }) => {
      const format = parseFormat(options.format);
      if (!["due", "upcoming", "done"].includes(options.scope)) {
        throw new AppError("VALIDATION_FAILED", `Alcance desconocido «${options.scope}»; use due, upcoming o done`, {
          field: "scope",
        });
      }
      await withDatabase(async ({ db }) => {
        const actor = await actingUser(db, {
          ...options,
          permission: "followups:work",
          defaultEmail: firstUserWithRole(options.role),
        });
        // As the API, which shows a user their own teams' worklists only.
        if (!actor.roles.includes(options.role)) {
          throw new AppError(
            "FORBIDDEN",
            `El usuario ${actor.email} no es del equipo «${roleNameEs(options.role)}»: no ve sus seguimientos`,
            { field: "role" },
          );
        }
        const { rows: items } = await asActor(db, actor, ({ tx, now }) =>
          listWorklist(tx, { roles: [options.role], scope: options.scope as "due", now, limit: 10_000 }),
        );
        const rows = items.map((f) => ({
          seguimiento: f.kind,
          vence: f.due_at.toISOString(),
          cliente: f.customer_name,
          codigo_cliente: f.customer_code,
          celular: f.customer_phone,
          servicio: f.service_number,
          sigue_cliente: f.product_id ? f.still_customer : null,
          reclamos_nuevos: f.new_claim_codes.join(" "),
        }));
        if (format === "json") console.log(JSON.stringify(rows, null, 2));
        else if (format === "csv") {
          console.log(
            ["seguimiento", "vence", "cliente", "codigo_cliente", "celular", "servicio", "sigue_cliente", "reclamos_nuevos"].join(
              ",",
            ),
          );
          for (const row of rows) console.log(Object.values(row).map(csvField).join(","));
        } else {
          for (const row of rows) {
            console.log(
              `${row.vence} · ${row.seguimiento} · ${row.cliente} (${row.codigo_cliente}) · ${row.celular ?? "sin celular"} · ${row.servicio ?? ""}`,
            );
          }
          console.log(`${rows.length} seguimientos`);
        }
      });
    });
}
