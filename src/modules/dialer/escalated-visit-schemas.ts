import { Type } from "@sinclair/typebox";
import { PageOf, pageQuery } from "../../platform/http/paging.js";
import { literals, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { ESCALATED_VISIT_SORTS } from "./escalated-visit-queries.js";
import { VISIT_CLOSE_REASONS, VISIT_STATUSES } from "./rules.js";

/** The shapes of the back office's worklist of escalated visits (seed 002 step 4's fallback). */

export const EscalatedVisitsQuery = Type.Object({
  ...pageQuery(ESCALATED_VISIT_SORTS),
  status: Type.Optional(literals(VISIT_STATUSES)),
  zone: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
});

export const EscalatedVisitSchema = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  customerCode: Type.String(),
  customerName: Type.String(),
  /** The number the advisor called the customer on. */
  phone: Type.String(),
  zone: Type.String(),
  /** Why the advisor asked for the visit and escalated it. */
  reason: Type.String(),
  status: literals(VISIT_STATUSES),
  escalatedAt: Timestamp,
  escalatedBy: Type.String({ description: "El asesor que escaló la visita" }),
  daysWaiting: Type.Integer({ description: "Días completos de espera: hasta la resolución, o hasta hoy si sigue abierta" }),
  resolution: Nullable(literals(["booked", "closed"] as const)),
  resolvedAt: Nullable(Timestamp),
  resolvedBy: Nullable(Type.String()),
  closeReason: Nullable(literals(VISIT_CLOSE_REASONS)),
  note: Nullable(Type.String()),
  slotStartsAt: Nullable(Timestamp),
  slotEndsAt: Nullable(Timestamp),
});

export const EscalatedVisitsPage = Type.Object({
  ...PageOf(EscalatedVisitSchema).properties,
  zones: Type.Array(Type.String(), { description: "Zonas con visitas escaladas abiertas, para el filtro" }),
});

export const ResolveEscalatedVisitBody = Type.Object(
  {
    outcome: literals(["booked", "closed"] as const),
    slotId: Type.Optional(Nullable(Uuid)),
    closeReason: Type.Optional(Nullable(literals(VISIT_CLOSE_REASONS))),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);
