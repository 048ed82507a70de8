import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { publish } from "../../../platform/realtime.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { closeRecord, findContactRecord, readListTypes } from "../../contactlists/index.js";
import { endCallAndLogAttempt } from "../call-attempt.js";
import { scheduleCallback } from "../callbacks.js";
import { readDispositionTree } from "../disposition-kind.js";
import { offeredDisposition } from "../disposition-rules.js";
import { type DialerEngine, noActions, type PortActions } from "../engine.js";
import { readDialerSettings } from "../kinds.js";
import { findCall } from "../queries.js";
import { lockAgent, moveAgent } from "../repo.js";

export interface CompleteCallInput {
  callId: string;
  dispositionCode: string;
  /** Step 7: resolved at first contact, or the case number (the CUN when a PQR was filed). */
  resolution: "first_contact" | "case";
  caseNumber?: string | null;
  notes: string;
  /** Each guided-support answer, each offer and the customer's answer, as the desktop recorded them. */
  support?: Array<{ guide: string; step: string; answer: string }>;
  offers?: Array<{ offer: string; accepted: boolean }>;
  /** Step 9: closed (SAC) or follow-up with a callback date (mandatory), which comes back to this advisor. */
  closure: "closed" | "follow_up";
  callbackAt?: string | null;
  followUpArea?: "support" | "visits" | "pqr" | "escalations" | null;
  next: "ready" | "paused";
  pauseReason?: string | null;
}

/**
 * The advisor's disposition and closure of the call they are on or have just finished (steps 7–9): the record is
 * closed or in follow-up, the advisor goes ready (taking a waiting call, if any) or paused. Bad input changes nothing.
 */
export async function completeCall(input: CompleteCallInput, ctx: CommandContext, engine: DialerEngine): Promise<PortActions> {
  const { tx, now } = ctx;
  const userId = ctx.actor.userId;
  const call = await findCall(tx, input.callId);
  if (!call || call.agent_id !== userId || !userId) throw new AppError("NOT_FOUND", "Llamada no encontrada");
  const agent = await lockAgent(tx, userId);
  if (!agent || agent.call_id !== call.id || !["on_call", "wrap_up"].includes(agent.state)) {
    throw new AppError("CONFLICT", "Esta llamada ya fue tipificada");
  }
  const settings = await readDialerSettings(tx);
  const record = await findContactRecord(tx, call.record_id);
  if (!record) throw new AppError("NOT_FOUND", "Registro no encontrado");
  // The disposition comes from the record's list type's tree: a fidelización record cannot be closed «retenido».
  const listTypeName = (await readListTypes(tx)).find((t) => t.code === record.list_type)?.name ?? record.list_type;
  const disposition = offeredDisposition(await readDispositionTree(tx, record.list_type, listTypeName), input.dispositionCode);
  if (!disposition)
    throw new AppError(
      "VALIDATION_FAILED",
      `La tipificación «${input.dispositionCode}» no está en el árbol de tipificaciones de la base «${listTypeName}»`,
      { field: "dispositionCode" },
    );
  if (input.resolution === "case" && !input.caseNumber?.trim()) {
    throw new AppError(
      "VALIDATION_FAILED",
      "Indique el número de caso (CUN si se radicó una PQR) o marque la solución en primer contacto",
      {
        field: "caseNumber",
      },
    );
  }
  let callbackAt: Date | null = null;
  if (input.closure === "follow_up") {
    if (!input.callbackAt) {
      throw new AppError("VALIDATION_FAILED", "Una gestión en seguimiento necesita la fecha de devolución de llamada", {
        field: "callbackAt",
      });
    }
    callbackAt = new Date(input.callbackAt);
    if (Number.isNaN(callbackAt.getTime()) || callbackAt <= now) {
      throw new AppError("VALIDATION_FAILED", "La devolución de llamada debe ser una fecha futura", { field: "callbackAt" });
    }
    if (!input.followUpArea) {
      throw new AppError("VALIDATION_FAILED", "Indique el área del seguimiento: soporte, visitas, PQR o escalamientos", {
        field: "followUpArea",
      });
    }
  }
  if (input.next === "paused" && !settings.pauseReasons.some((r) => r.code === input.pauseReason)) {
    throw new AppError("VALIDATION_FAILED", "Indique un motivo de pausa válido", { field: "pauseReason" });
  }
  const actions = noActions();
  if (call.status === "bridged") {
    await endCallAndLogAttempt(tx, call, "completed", now);
    actions.hangUp.push(call.id);
  }
  const summary = {
    dispositionCode: disposition.code,
    dispositionName: disposition.name,
    resolution: input.resolution,
    caseNumber: input.resolution === "case" ? input.caseNumber!.trim() : null,
    notes: input.notes,
    support: input.support ?? [],
    offers: input.offers ?? [],
    followUpArea: input.closure === "follow_up" ? input.followUpArea : null,
    callId: call.id,
    decidedBy: userId,
    decidedAt: now.toISOString(),
  };
  await closeRecord(
    tx,
    call.record_id,
    { closure: input.closure, callbackAt, callbackUserId: callbackAt ? userId : null, disposition: summary },
    now,
  );
  await scheduleCallback(ctx, call.record_id, callbackAt);
  await recordEvent(ctx, {
    subjectType: "contact_record",
    subjectId: call.record_id,
    customerId: call.customer_id,
    action: input.closure === "closed" ? "contact_record_closed" : "contact_record_follow_up",
    before: { status: record.status, listType: record.list_type },
    after: { ...summary, closure: input.closure, callbackAt: callbackAt?.toISOString() ?? null },
  });
  await moveAgent(
    tx,
    userId,
    agent,
    {
      campaignId: agent.campaign_id,
      state: input.next,
      pauseReason: input.next === "paused" ? input.pauseReason! : null,
      callId: null,
    },
    now,
  );
  await publish(tx, { tenantId: ctx.actor.tenantId, type: "outbound.campaign_changed", data: { campaignId: agent.campaign_id } });
  if (input.next === "ready") await engine.offerWaitingCall(ctx, agent.campaign_id, userId, actions);
  return actions;
}
