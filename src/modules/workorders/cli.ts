import type { Command } from "commander";
import { asActor, csvField, type OutputFormat, parseFormat } from "../../platform/cli.js";
import { AppError } from "../../platform/errors.js";
import type { CliKit } from "../../platform/manifest.js";
import { actingUser, firstUserWithRole } from "../identity/index.js";
import { printWorkOrders } from "./commands/print-work-orders.js";
import type { WorkOrderStatus } from "./procedure.js";
import { listWorkOrders, type WorkOrderListRow } from "./queries.js";

const COLUMNS: Array<[string, (o: WorkOrderListRow) => unknown]> = [
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

function printOrders(orders: WorkOrderListRow[], format: OutputFormat): void {
  if (format === "json") {
    console.log(
      JSON.stringify(
        orders.map((o) => Object.fromEntries(COLUMNS.map(([name, get]) => [name, get(o)]))),
        null,
        2,
      ),
    );
    return;
  }
  if (format === "csv") {
    console.log(COLUMNS.map(([name]) => name).join(","));
    for (const order of orders) console.log(COLUMNS.map(([, get]) => csvField(get(order))).join(","));
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

interface OrderFilterOptions {
  activity?: string;
  origin?: string;
}

/** The origin of the Xpress orders (seed 000, step 5): a retention case. */
const XPRESS_ORIGIN = "retention_case";

const STATUSES: WorkOrderStatus[] = ["open", "printed", "closed", "cancelled"];

/** `fideliza work-orders list|print`: the day's orders as text, CSV or JSON; printing is step 6 of seed 000. */
export function registerWorkOrderCommands(program: Command, { withDatabase }: CliKit): void {
  const orders = program.command("work-orders").description("Órdenes de trabajo");
  orders
    .command("list")
    .description("Lista órdenes de trabajo con su cliente y su plazo")
    .requiredOption("--tenant <slug>", "operador")
    .option("--status <status...>", `estados (${STATUSES.join(", ")}); por defecto open printed`)
    .option("--activity <code>", "código de actividad, p. ej. 40530")
    .option("--origin <type>", `origen, p. ej. ${XPRESS_ORIGIN} (las órdenes Xpress)`)
    .option("--user <email>", "usuario que consulta (por defecto, el primer supervisor)")
    .option("--format <format>", "text, csv o json", "text")
    .action(async (options: { tenant: string; status?: string[]; user?: string; format?: string } & OrderFilterOptions) => {
      const format = parseFormat(options.format);
      const statuses = (options.status ?? ["open", "printed"]) as WorkOrderStatus[];
      const unknown = statuses.filter((s) => !STATUSES.includes(s));
      if (unknown.length > 0)
        throw new AppError("VALIDATION_FAILED", `Estado desconocido: ${unknown.join(", ")}`, { field: "status" });
      await withDatabase(async ({ db }) => {
        const actor = await actingUser(db, {
          ...options,
          permission: "workorders:read",
          defaultEmail: firstUserWithRole("supervisor"),
        });
        const rows = await asActor(db, actor, ({ tx }) =>
          listWorkOrders(tx, { statuses, activityCode: options.activity, originType: options.origin, limit: 10_000 }),
        );
        printOrders(rows, format);
      });
    });
  orders
    .command("print")
    .description("Imprime (marca como impresas) las órdenes abiertas y las escribe para imprimir (paso 6)")
    .requiredOption("--tenant <slug>", "operador")
    .option("--activity <code>", "código de actividad")
    .option("--origin <type>", `origen (por defecto sin --activity: ${XPRESS_ORIGIN}, las órdenes Xpress)`)
    .option("--user <email>", "supervisor que imprime (por defecto, el primer supervisor)")
    .option("--format <format>", "text, csv o json", "text")
    .action(async (options: { tenant: string; user?: string; format?: string } & OrderFilterOptions) => {
      const format = parseFormat(options.format);
      // The Xpress orders are the retention cases' orders, whatever activity the tenant's settings name.
      const originType = options.origin ?? (options.activity ? undefined : XPRESS_ORIGIN);
      await withDatabase(async ({ db }) => {
        const actor = await actingUser(db, {
          ...options,
          permission: "workorders:print",
          defaultEmail: firstUserWithRole("supervisor"),
        });
        printOrders(
          await asActor(db, actor, (ctx) => printWorkOrders({ activityCode: options.activity, originType }, ctx)),
          format,
        );
      });
    });
}
