import { Type } from "@sinclair/typebox";
import { literals, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { StepExplanationSchema } from "../../platform/procedure/schema.js";
import { ROW_STATUSES } from "./rules.js";

/** The HTTP shapes of the adjustments cell. */

export const CutDate = Type.String({ format: "date", description: "Fecha de corte AAAA-MM-DD" });
export const RowStatusSchema = literals(ROW_STATUSES);
export const CauseCode = Type.String({ pattern: "^[A-Z]$" });
export const Decision = literals(["approved", "rejected"] as const);
export const AppealType = literals(["reposicion", "subsidio_apelacion"] as const);
const Money = Type.Number();

export const CutSummary = Type.Object({
  cutDate: Type.String(),
  total: Type.Integer(),
  open: Type.Integer(),
  done: Type.Integer(),
  byStatus: Type.Record(Type.String(), Type.Integer()),
});

export const DeskRowSchema = Type.Object({
  id: Uuid,
  cutDate: Type.String(),
  filingNumber: Type.String(),
  account: Type.String(),
  customerName: Type.String(),
  cause: Type.String(),
  status: RowStatusSchema,
  statusLabel: Type.String(),
  decision: Nullable(Decision),
  reescalations: Type.Integer(),
  requestedAmount: Money,
  appliedAmount: Nullable(Money),
  radicado: Nullable(Type.String()),
  agentUserId: Type.Optional(Uuid),
  agentName: Type.String(),
  pqrCun: Type.Optional(Nullable(Type.String())),
  outcome: Type.Optional(Nullable(Type.String())),
});

export const Page = <T extends ReturnType<typeof Type.Object>>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });

export const RowDetailSchema = Type.Object({
  ...DeskRowSchema.properties,
  customerId: Uuid,
  customerPhone: Nullable(Type.String()),
  causeName: Type.String(),
  causePolicy: Type.String(),
  requiredEvidence: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), present: Type.Boolean() })),
  baseStatus: Nullable(Type.String()),
  baseDecision: Nullable(Type.String()),
  evidence: Type.Array(Type.String()),
  note: Nullable(Type.String()),
  rejectionReason: Nullable(Type.String()),
  missingEvidence: Type.Array(Type.String()),
  rightlyRejected: Type.Boolean(),
  pqrId: Nullable(Type.String()),
  appealPqrId: Nullable(Type.String()),
  appealType: Nullable(Type.String()),
  creditSent: Type.Boolean(),
  version: Type.Integer(),
  pqr: Nullable(Type.Unknown({ description: "Resumen del PQR de escalamiento (CUN, estado, vencimiento)" })),
  appeal: Nullable(Type.Unknown({ description: "Resumen del PQR del recurso" })),
  answers: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      decision: Decision,
      reason: Nullable(Type.String()),
      radicado: Nullable(Type.String()),
      appliedAmount: Nullable(Money),
      answeredBy: Nullable(Type.String()),
      answeredAt: Timestamp,
      review: Nullable(literals(["rightly", "wrongly"] as const)),
      reviewNote: Nullable(Type.String()),
      reviewedAt: Nullable(Timestamp),
    }),
  ),
  contacts: Type.Array(
    Type.Object({
      seq: Type.Integer(),
      attemptedAt: Timestamp,
      dialledNumber: Nullable(Type.String()),
      result: Type.String(),
      customerAccepts: Nullable(Type.Boolean()),
      voicemailMessage: Nullable(Type.String()),
      voicemailReference: Nullable(Type.String()),
      note: Nullable(Type.String()),
      recordedBy: Nullable(Type.String()),
    }),
  ),
  steps: Type.Array(StepExplanationSchema),
});

export const ValidateBody = Type.Object(
  {
    evidenceChecked: Type.Optional(Type.Array(Type.String({ pattern: "^[a-z][a-z0-9_]{0,40}$" }), { maxItems: 20 })),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const AnswerBody = Type.Object(
  {
    decision: Decision,
    reason: Type.Optional(Type.String({ maxLength: 1000 })),
    radicado: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    appliedAmount: Type.Optional(Type.Number({ minimum: 0, maximum: 999_999_999_999 })),
  },
  { additionalProperties: false },
);

export const ReviewBody = Type.Object(
  { review: literals(["rightly", "wrongly"] as const), note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);

export const ContactBody = Type.Object(
  {
    result: literals(["answered", "no_answer", "busy", "wrong_number"] as const),
    customerAccepts: Type.Optional(Type.Boolean()),
    appealType: Type.Optional(AppealType),
    leaveVoicemail: Type.Optional(Type.Boolean()),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

export const BulkBody = Type.Object(
  {
    action: literals(["validate"] as const),
    ids: Type.Array(Uuid, { minItems: 1, maxItems: 500 }),
  },
  { additionalProperties: false },
);

export const BulkResult = Type.Object({
  done: Type.Integer(),
  results: Type.Array(
    Type.Object({ id: Uuid, ok: Type.Boolean(), status: Nullable(Type.String()), error: Nullable(Type.String()) }),
  ),
});

export const FeedbackSchema = Type.Object({
  id: Uuid,
  weekStart: Type.String(),
  agentUserId: Uuid,
  agentName: Type.String(),
  rank: Type.Integer(),
  rejections: Type.Integer(),
  topCauses: Type.Array(Type.String()),
  commitment: Nullable(Type.String()),
  signedAt: Nullable(Timestamp),
  isSigned: Type.Boolean(),
});
export const FeedbackWeek = Type.Object({
  weekStart: Type.String(),
  items: Type.Array(FeedbackSchema),
  unsigned: Type.Array(Type.Object({ agentUserId: Uuid, agentName: Type.String() })),
});

export const CausesResponse = Type.Object({
  version: Type.Integer(),
  pqrQueue: Type.String(),
  causes: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      policy: Type.String(),
      requiredEvidence: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
    }),
  ),
});
