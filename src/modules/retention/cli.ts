import type { Command } from "commander";
import { withDatabase } from "../../cli/with-database.js";
import type { Db } from "../../db/pool.js";
import { AppError } from "../../server/errors.js";
import { listWorklist } from "../followups/repo.js";
import { actorFromRow } from "../identity/actor-from-row.js";
import { findLoginByEmail } from "../identity/repo.js";
import type { Actor, CommandContext } from "../shared/context.js";
import { findTenantBySlug } from "../tenants/repo.js";
import { printWorkOrders } from "../workorders/commands/print-work-orders.js";
import type { WorkOrderStatus } from "../workorders/procedure.js";
import { listWorkOrders, type WorkOrderListRow } from "../workorders/repo.js";
import { readIndicator } from "./indicator.js";
import { findFirstUserEmailWithRole } from "./repo.js";

type Format = "text" | "csv" | "json";

/** A CSV field: quoted when it holds a separator, a quote or a line break. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const ORDER_COLUMNS: Array<[string, (o: WorkOrderListRow) => unknown]> = [
  ["orden", (o) => `OT-${o.number}`],
  ["actividad", (o) => `${o.activity_code} ${o.activity_name}`],
  ["estado", (o) => o.status],
  ["vence", (o) => o.due_at],
  ["cliente", (o) => o.customer_name],
  ["codigo_cliente", (o) => o.customer_code],
  ["celular", (o) => o.customer_phone],
  ["direccion", (o) => [o.customer_address, o.customer_city].filter(Boolean).join(", ")],
  ["servicio", (o) => o.service_number],
  ["forma_pago", (o) => o.payment_method],
  ["valor", (o) => o.value],
  ["observacion", (o) => o.observation],
];

function printOrders(orders: WorkOrderListRow[], format: Format): void {
  if (format === "json") {
    console.log(
      JSON.stringify(
        orders.map((o) => Object.fromEntries(ORDER_COLUMNS.map(([name, get]) => [name, get(o)]))),
        null,
        2,
      ),
    );
    return;
  }
  if (format === "csv") {
    console.log(ORDER_COLUMNS.map(([name]) => name).join(","));
    for (const order of orders) console.log(ORDER_COLUMNS.map(([, get]) => csvField(get(order))).join(","));
    return;
  }
  for (const order of orders) {
    console.log(
      `OT-${order.number} · ${order.activity_code} ${order.activity_name} · ${order.status} · vence ${order.due_at.toISOString()}`,
    );
    console.log(
      `  ${order.customer_name} (${order.customer_code}) · ${order.customer_phone ?? "sin celular"} · ${order.service_number}`,
    );
    console.log(`  ${[order.customer_address, order.customer_city].filter(Boolean).join(", ")}`);
    console.log(`  ${order.observation}`);
  }
  console.log(`${orders.length} ${orders.length === 1 ? "orden" : "órdenes"}`);
}

/** The user the CLI acts as: --user, or the tenant's first active user holding `role`. */
async function actingUser(db: Db, tenantSlug: string, email: string | undefined, role: string): Promise<Actor> {
  const tenant = await db.system((tx) => findTenantBySlug(tx, tenantSlug));
  if (!tenant) throw new AppError("NOT_FOUND", `No existe el operador «${tenantSlug}»`, { field: "tenant" });
  const chosen = email?.toLowerCase() ?? (await db.tenant(tenant.id, (tx) => findFirstUserEmailWithRole(tx, role)));
  if (!chosen)
    throw new AppError("NOT_FOUND", `El operador «${tenantSlug}» no tiene usuarios con el rol ${role}; indique --user`, {
      field: "user",
    });
  const row = await db.system((tx) => findLoginByEmail(tx, chosen));
  if (!row || row.tenant_id !== tenant.id) {
    throw new AppError("NOT_FOUND", `No existe el usuario ${chosen} en el operador «${tenantSlug}»`, { field: "user" });
  }
  if (!row.is_active) throw new AppError("ACCOUNT_DISABLED", `El usuario ${chosen} está desactivado`, { field: "user" });
  return actorFromRow(row, "system");
}

function requirePermission(actor: Actor, permission: string): void {
  if (!actor.permissions.has(permission)) {
    throw new AppError("FORBIDDEN", `El usuario ${actor.email} no tiene el permiso «${permission}»`, { field: "user" });
  }
}

const inTenantAs = <T>(db: Db, actor: Actor, work: (ctx: CommandContext) => Promise<T>) =>
  db.tenant(actor.tenantId, (tx) => work({ tx, actor, now: new Date() }));

function parseFormat(raw: string | undefined): Format {
  const format = raw ?? "text";
  if (format !== "text" && format !== "csv" && format !== "json") {
    throw new AppError("VALIDATION_FAILED", `Formato desconocido «${format}»; use text, csv o json`, { field: "format" });
  }
  return format;
}

const STATUSES: WorkOrderStatus[] = ["open", "printed", "closed", "cancelled"];

/**
 * The bulk parts an operator scripts: list and print the work orders (step 6, e.g. every morning's
 * Xpress list as CSV), export the retention indicator, and run a team's follow-up worklist.
 */
export function registerRetentionCommands(program: Command): void {
  const orders = program.command("work-orders").description("Órdenes de trabajo");
  orders
    .command("list")
    .description("Lista órdenes de trabajo con su cliente y su plazo")
    .requiredOption("--tenant <slug>", "operador")
    .option("--status <status...>", `estados (${STATUSES.join(", ")}); por defecto open printed`)
    .option("--activity <code>", "código de actividad, p. ej. 40530")
    .option("--user <email>", "usuario que consulta (por defecto, el primer supervisor)")
    .option("--format <format>", "text, csv o json", "text")
    .action(async (options: { tenant: string; status?: string[]; activity?: string; user?: string; format?: string }) => {
      const format = parseFormat(options.format);
      const statuses = (options.status ?? ["open", "printed"]) as WorkOrderStatus[];
      const unknown = statuses.filter((s) => !STATUSES.includes(s));
      if (unknown.length > 0)
        throw new AppError("VALIDATION_FAILED", `Estado desconocido: ${unknown.join(", ")}`, { field: "status" });
      await withDatabase(async ({ db }) => {
        const actor = await actingUser(db, options.tenant, options.user, "supervisor");
        requirePermission(actor, "workorders:read");
        printOrders(
          await inTenantAs(db, actor, ({ tx }) =>
            listWorkOrders(tx, { statuses, activityCode: options.activity, limit: 10_000 }),
          ),
          format,
        );
      });
    });
  orders
    .command("print")
    .description("Imprime (marca como impresas) las órdenes abiertas de una actividad y las escribe para imprimir (paso 6)")
    .requiredOption("--tenant <slug>", "operador")
    .option("--activity <code>", "código de actividad", "40530")
    .option("--user <email>", "supervisor que imprime (por defecto, el primer supervisor)")
    .option("--format <format>", "text, csv o json", "text")
    .action(async (options: { tenant: string; activity: string; user?: string; format?: string }) => {
      const format = parseFormat(options.format);
      await withDatabase(async ({ db }) => {
        const actor = await actingUser(db, options.tenant, options.user, "supervisor");
        requirePermission(actor, "workorders:print");
        printOrders(await inTenantAs(db, actor, (ctx) => printWorkOrders({ activityCode: options.activity }, ctx)), format);
      });
    });

  const retention = program.command("retention").description("Retención de bajas");
  retention
    .command("indicator")
    .description("Indicador del mes: bajas frente al mes anterior, por equipo y por producto, y tasa de retención")
    .requiredOption("--tenant <slug>", "operador")
    .option("--month <AAAA-MM>", "mes (por defecto, el actual)")
    .option("--user <email>", "usuario que consulta (por defecto, el primer usuario de Gerencia Comercial)")
    .option("--format <format>", "text o json", "text")
    .action(async (options: { tenant: string; month?: string; user?: string; format?: string }) => {
      const format = parseFormat(options.format);
      if (format === "csv")
        throw new AppError("VALIDATION_FAILED", "El indicador se exporta en text o json", { field: "format" });
      if (options.month && !/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month)) {
        throw new AppError("VALIDATION_FAILED", "El mes debe tener la forma AAAA-MM", { field: "month" });
      }
      await withDatabase(async ({ db }) => {
        const actor = await actingUser(db, options.tenant, options.user, "commercial_management");
        requirePermission(actor, "reports:read");
        // Mid-month (the 15th, 12:00 UTC) falls in the same month in every zone the product supports.
        const reference = options.month ? new Date(`${options.month}-15T12:00:00Z`) : new Date();
        const indicator = await inTenantAs(db, actor, ({ tx }) => readIndicator(tx, reference));
        if (format === "json") {
          console.log(JSON.stringify(indicator, null, 2));
          return;
        }
        const line = (label: string, row: typeof indicator.overall) =>
          `${label}: ${row.thisMonth} bajas (${indicator.lastMonth}: ${row.lastMonth}) → ${row.isMet ? "cumple" : "no cumple"} · ` +
          `${row.retainedThisMonth} retenidos · tasa ${row.retentionRateThisMonth ?? "—"} %`;
        console.log(`${indicator.formula} — ${indicator.month}`);
        console.log(line("Total", indicator.overall));
        for (const team of indicator.byTeam) console.log(line(`Equipo ${team.team}`, team));
        for (const product of indicator.byProduct) console.log(line(`Producto ${product.productKind}`, product));
      });
    });

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
        const actor = await actingUser(db, options.tenant, options.user, options.role);
        requirePermission(actor, "followups:work");
        const items = await inTenantAs(db, actor, ({ tx, now }) =>
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
          console.log(Object.keys(rows[0] ?? { seguimiento: "" }).join(","));
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
