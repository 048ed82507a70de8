import type { Command } from "commander";
import { csvField, parseFormat } from "../../platform/cli.js";
import { AppError } from "../../platform/errors.js";
import type { CliKit } from "../../platform/manifest.js";
import { findTenantBySlug } from "../tenants/index.js";
import { presentCustomerSummary } from "./presenter.js";
import { CUSTOMER_SORTS, type CustomerSort, listCustomers } from "./queries.js";

interface ListOptions {
  tenant: string;
  page?: string;
  pageSize?: string;
  sort?: string;
  q?: string;
  format?: string;
}

function positive(raw: string | undefined, fallback: number, field: string, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new AppError("VALIDATION_FAILED", `--${field} debe ser un entero entre 1 y ${max} (recibido: ${raw})`, { field });
  }
  return value;
}

/** `fideliza customers list`: the tenant's customers by pages, sorted, with the total — for an operator checking a load. */
export function registerCustomerCommands(program: Command, { withDatabase }: CliKit): void {
  const customers = program.command("customers").description("Clientes del operador");
  customers
    .command("list")
    .description("Lista los clientes por páginas, ordenados, con el total")
    .requiredOption("--tenant <slug>", "operador")
    .option("--page <n>", "página (desde 1)", "1")
    .option("--page-size <n>", "clientes por página (hasta 500)", "50")
    .option("--sort <campo>", `orden: ${CUSTOMER_SORTS.join(", ")} («-» delante: descendente)`, "code")
    .option("--q <texto>", "solo los de ese código, documento o teléfono, o con ese texto en el nombre")
    .option("--format <formato>", "text, csv o json", "text")
    .action(async (options: ListOptions) => {
      const format = parseFormat(options.format);
      const page = positive(options.page, 1, "page", 1_000_000);
      const pageSize = positive(options.pageSize, 50, "page-size", 500);
      const sort = (options.sort ?? "code") as CustomerSort;
      if (!CUSTOMER_SORTS.includes(sort)) {
        throw new AppError("VALIDATION_FAILED", `Orden desconocido «${options.sort}»; use ${CUSTOMER_SORTS.join(", ")}`, {
          field: "sort",
        });
      }
      await withDatabase(async ({ db }) => {
        const tenant = await db.system((tx) => findTenantBySlug(tx, options.tenant));
        if (!tenant) throw new AppError("NOT_FOUND", `No existe el operador «${options.tenant}»`, { field: "tenant" });
        const { rows, total } = await db.tenant(tenant.id, (tx) =>
          listCustomers(tx, { query: options.q?.trim() || null, sort, page, pageSize }),
        );
        const items = rows.map(presentCustomerSummary);
        if (format === "json") {
          console.log(JSON.stringify({ items, total, page, pageSize }, null, 2));
          return;
        }
        const columns = ["code", "documentId", "fullName", "tier", "phone", "city"] as const;
        if (format === "csv") {
          console.log(["codigo", "documento", "nombre", "segmento", "telefono", "ciudad"].join(","));
          for (const item of items) console.log(columns.map((c) => csvField(item[c] ?? "")).join(","));
          return;
        }
        const pages = Math.max(1, Math.ceil(total / pageSize));
        console.log(`${total} ${total === 1 ? "cliente" : "clientes"} · página ${page} de ${pages} (${pageSize} por página)`);
        for (const item of items) {
          console.log(
            `  ${item.code}\t${item.documentId}\t${item.fullName}\t${item.tier}\t${item.phone ?? ""}\t${item.city ?? ""}`,
          );
        }
      });
    });
}
