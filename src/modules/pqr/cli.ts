import type { Command } from "commander";
import { asActor, csvField, parseFormat } from "../../platform/cli.js";
import { AppError } from "../../platform/errors.js";
import type { CliKit } from "../../platform/manifest.js";
import { findCalendarSettings } from "../calendar/index.js";
import { actingUser, firstUserWithRole } from "../identity/index.js";
import { readPqrDetail } from "./detail.js";
import { PQR_PERMISSIONS } from "./policy.js";
import { presentPqrListItem } from "./presenter.js";
import { PQR_STATES } from "./procedure.js";
import { findPqrByCun, listPqrs } from "./queries.js";
import { formatLocalDate, localDateOf } from "./rules.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CLOCK_LABELS = { on_time: "a tiempo", at_risk: "EN RIESGO", past_due: "VENCIDA", stopped: "—" } as const;

/** `fideliza pqr list|show`: the PQR area's worklist and one PQR with its clock, from the command line. */
export function registerPqrCommands(program: Command, { withDatabase }: CliKit): void {
  const pqr = program.command("pqr").description("PQR (peticiones, quejas y recursos) con CUN y plazos legales");

  pqr
    .command("list")
    .description("Bandeja de PQR: silencio administrativo primero, luego la más próxima a vencer")
    .requiredOption("--tenant <slug>", "operador")
    .option("--status <estados>", `estados separados por comas (${PQR_STATES.filter((s) => s !== "new").join(", ")})`)
    .option("--at-risk", "solo en riesgo o vencidas")
    .option("--page <n>", "página", "1")
    .option("--page-size <n>", "filas por página", "50")
    .option("--user <email>", "usuario que consulta (por defecto, el primero del Área de PQR)")
    .option("--format <format>", "text, csv o json", "text")
    .action(
      async (options: {
        tenant: string;
        status?: string;
        atRisk?: boolean;
        page: string;
        pageSize: string;
        user?: string;
        format?: string;
      }) => {
        const format = parseFormat(options.format);
        const statuses = options.status
          ?.split(",")
          .map((s) => s.trim())
          .filter(Boolean);
        const unknown = statuses?.find((s) => !(PQR_STATES as readonly string[]).includes(s) || s === "new");
        if (unknown) throw new AppError("VALIDATION_FAILED", `Estado desconocido «${unknown}»`, { field: "status" });
        const page = Number(options.page);
        const pageSize = Number(options.pageSize);
        if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 10_000) {
          throw new AppError("VALIDATION_FAILED", "La página y su tamaño deben ser enteros positivos", { field: "page" });
        }
        await withDatabase(async ({ db }) => {
          const actor = await actingUser(db, {
            ...options,
            permission: PQR_PERMISSIONS.read,
            defaultEmail: firstUserWithRole("pqr_area"),
          });
          const { items, total } = await asActor(db, actor, async ({ tx, now }) => {
            const timezone = (await findCalendarSettings(tx))?.timezone ?? "America/Bogota";
            const result = await listPqrs(tx, {
              statuses,
              atRiskOnly: options.atRisk,
              today: localDateOf(now, timezone),
              page,
              pageSize,
            });
            return { items: result.rows.map((row) => presentPqrListItem(row, now, timezone)), total: result.total };
          });
          if (format === "json") {
            console.log(JSON.stringify({ items, total, page, pageSize }, null, 2));
            return;
          }
          const rows = items.map((p) => ({
            cun: p.cun,
            numero: `PQR-${String(p.number).padStart(6, "0")}`,
            tipo: p.type,
            estado: p.statusLabel,
            cliente: p.customerName,
            pide: p.subject,
            vence: p.dueOn,
            plazo: CLOCK_LABELS[p.clockStatus],
          }));
          if (format === "csv") {
            console.log(
              Object.keys(rows[0] ?? { cun: 0, numero: 0, tipo: 0, estado: 0, cliente: 0, pide: 0, vence: 0, plazo: 0 }).join(
                ",",
              ),
            );
            for (const row of rows) console.log(Object.values(row).map(csvField).join(","));
            return;
          }
          for (const row of rows) {
            console.log(
              `${row.cun} · ${row.numero} · ${row.estado} · vence ${formatLocalDate(row.vence)} (${row.plazo}) · ${row.cliente} · ${row.pide}`,
            );
          }
          console.log(`${total} PQR · página ${page}`);
        });
      },
    );

  pqr
    .command("show <idOrCun>")
    .description("Una PQR por su id o su CUN: plazos, respuesta, recurso y próximos pasos")
    .requiredOption("--tenant <slug>", "operador")
    .option("--user <email>", "usuario que consulta (por defecto, el primero del Área de PQR)")
    .option("--format <format>", "text o json", "text")
    .action(async (idOrCun: string, options: { tenant: string; user?: string; format?: string }) => {
      const format = parseFormat(options.format, ["text", "json"]);
      await withDatabase(async ({ db }) => {
        const actor = await actingUser(db, {
          ...options,
          permission: PQR_PERMISSIONS.read,
          defaultEmail: firstUserWithRole("pqr_area"),
        });
        const detail = await asActor(db, actor, async (ctx) => {
          const id = UUID.test(idOrCun) ? idOrCun : (await findPqrByCun(ctx.tx, idOrCun))?.id;
          if (!id) throw new AppError("NOT_FOUND", `No hay una PQR con el CUN ${idOrCun}`);
          return readPqrDetail(ctx, id);
        });
        if (format === "json") {
          console.log(JSON.stringify(detail, null, 2));
          return;
        }
        console.log(`CUN ${detail.cun} · PQR-${String(detail.number).padStart(6, "0")} · ${detail.statusLabel}`);
        console.log(`Cliente: ${detail.customerName}${detail.serviceNumber ? ` · servicio ${detail.serviceNumber}` : ""}`);
        console.log(`Pide: ${detail.subject}${detail.amountInDispute ? ` · en disputa $${detail.amountInDispute}` : ""}`);
        console.log(
          `Radicada ${formatLocalDate(detail.receivedOn)} por ${detail.filingChannel} · responde por ${detail.responseChannel} · vence ${formatLocalDate(detail.dueOn)} (${CLOCK_LABELS[detail.clockStatus]})`,
        );
        if (detail.answer) console.log(`Respuesta: ${detail.answer.outcome} · notificada ${detail.answer.notifiedAt}`);
        if (detail.appealWindowEndsOn) console.log(`Plazo del recurso: hasta ${formatLocalDate(detail.appealWindowEndsOn)}`);
        if (detail.appeal) {
          console.log(
            `Recurso: ${detail.appeal.kind} · decide hasta ${formatLocalDate(detail.appeal.dueOn)} · ${detail.appeal.decision ?? "pendiente"}`,
          );
          if (detail.appeal.forwardedAt)
            console.log(`Enviado a ${detail.appeal.authority} · decisión: ${detail.appeal.authorityDecision ?? "pendiente"}`);
        }
        if (detail.silence)
          console.log(
            `Silencio administrativo positivo desde ${detail.silence.flaggedAt}; conceder antes de ${detail.silence.grantDueAt ?? "—"}`,
          );
        if (detail.desisted)
          console.log(`Desistida ${detail.desisted.at} (${detail.desisted.byName ?? "—"}): ${detail.desisted.note}`);
        for (const step of detail.nextSteps)
          console.log(`  ${step.allowed ? "✓" : "✗"} ${step.label}${step.reason ? ` — ${step.reason}` : ""}`);
      });
    });
}
