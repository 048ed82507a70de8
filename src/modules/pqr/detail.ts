import type { Static } from "@sinclair/typebox";
import type { CommandContext } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { findDeadline } from "../deadlines/index.js";
import { loadClockContext } from "./clock-context.js";
import { presentPqrDetail } from "./presenter.js";
import { findAppeal, findPqr, findPqrContext, findUserNames, listPqrFiles } from "./queries.js";
import type { PqrDetail } from "./schemas.js";

/** A PQR's page for the actor (what it holds and which steps they can take now); NOT_FOUND for another tenant's. */
export async function readPqrDetail(ctx: CommandContext, id: string): Promise<Static<typeof PqrDetail>> {
  const row = await findPqr(ctx.tx, id);
  if (!row) throw new AppError("NOT_FOUND", "PQR no encontrada");
  const [appeal, files, context, clock] = [
    await findAppeal(ctx.tx, id),
    await listPqrFiles(ctx.tx, id),
    await findPqrContext(ctx.tx, row.customer_id, row.product_id),
    await loadClockContext(ctx.tx, { scope: row.clock_scope, version: row.clock_version }),
  ];
  const names = await findUserNames(ctx.tx, [
    row.filed_by,
    row.answered_by,
    row.desisted_by,
    row.granted_by,
    appeal?.filed_by ?? null,
    appeal?.decided_by ?? null,
  ]);
  const grant = row.grant_deadline_id ? await findDeadline(ctx.tx, row.grant_deadline_id) : undefined;
  return presentPqrDetail({
    row,
    appeal: appeal ?? null,
    files,
    customerName: context.customer_name,
    serviceNumber: context.service_number,
    names,
    grantDueAt: grant?.due_at ?? null,
    clock,
    roles: ctx.actor.roles,
    now: ctx.now,
  });
}
