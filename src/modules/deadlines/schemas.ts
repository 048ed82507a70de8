import { type Static, Type } from "@sinclair/typebox";
import { pageQuery } from "../../platform/http/paging.js";
import { Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { DEADLINE_SORTS } from "./queries.js";
import { DEADLINE_STATUSES, DEADLINE_UNITS } from "./rules.js";

const DeadlineStatusSchema = Type.Union(
  DEADLINE_STATUSES.map((status) => Type.Literal(status)),
  { description: "Estado guardado: en curso, en pausa, cumplido, vencido, cancelado" },
);

export const DeadlineRuleSchema = Type.Object(
  {
    amount: Type.Number({ minimum: 0, description: "Cantidad de la unidad; 0 para «en el día»" }),
    unit: Type.Union(
      DEADLINE_UNITS.map((unit) => Type.Literal(unit)),
      {
        description:
          "business_days / business_hours / same_business_day cuentan en el calendario hábil del operador; hours y calendar_days cuentan en el reloj",
      },
    ),
  },
  { additionalProperties: false },
);

export const Deadline = Type.Object({
  id: Uuid,
  subjectType: Type.String(),
  subjectId: Type.String(),
  customerId: Nullable(Uuid),
  kind: Type.String(),
  status: DeadlineStatusSchema,
  phase: Type.String({ description: "Situación ahora: on_time, at_risk, breached, paused, met, cancelled" }),
  rule: DeadlineRuleSchema,
  measure: Type.Union([Type.Literal("business"), Type.Literal("clock")], {
    description: "business: horas laborales en días hábiles (sin festivos); clock: reloj corrido",
  }),
  atRiskRatio: Type.Number(),
  startedAt: Timestamp,
  dueAt: Timestamp,
  atRiskAt: Timestamp,
  pausedAt: Nullable(Timestamp),
  pausedMs: Type.Integer(),
  atRiskAlertedAt: Nullable(Timestamp),
  metAt: Nullable(Timestamp),
  breachedAt: Nullable(Timestamp),
  cancelledAt: Nullable(Timestamp),
});

export const StartDeadlineBody = Type.Object(
  {
    subjectType: Type.String({ pattern: "^[a-z_]{1,40}$" }),
    subjectId: Type.String({ minLength: 1, maxLength: 100 }),
    customerId: Type.Optional(Nullable(Uuid)),
    kind: Type.String({ minLength: 1, maxLength: 60 }),
    rule: DeadlineRuleSchema,
    atRiskRatio: Type.Optional(Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 })),
    startedAt: Type.Optional(
      Type.String({ format: "date-time", description: "Cuándo se recibió la solicitud (por defecto, ahora)" }),
    ),
  },
  { additionalProperties: false },
);
export type StartDeadlineBody = Static<typeof StartDeadlineBody>;

export const DeadlineActionBody = Type.Object(
  { reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })) },
  { additionalProperties: false },
);

export const DeadlineQuery = Type.Object({
  status: Type.Optional(DeadlineStatusSchema),
  subjectType: Type.Optional(Type.String({ pattern: "^[a-z_]{1,40}$" })),
  subjectId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  ...pageQuery(DEADLINE_SORTS),
});
