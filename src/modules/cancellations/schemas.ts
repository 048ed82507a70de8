import { Type } from "@sinclair/typebox";
import { pageQuery } from "../../platform/http/paging.js";
import { literals, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { CampaignCode, Instruction } from "../closings/index.js";
import { Deadline } from "../deadlines/index.js";
import { CancellationRequestInput } from "./import/cancellation-request-schema.js";

export { CampaignCode };

import { StepExplanationSchema } from "../../platform/procedure/schema.js";
import { CASE_SORTS } from "./case/repo-queues.js";
import { ATTEMPT_RESULTS, CASE_STATUSES } from "./case/rules.js";

/** The API shapes of cancellation cases: what comes in and what goes out. */

export const CaseSummary = Type.Object({
  id: Uuid,
  campaign: Type.String(),
  complaintNumber: Type.String(),
  customerId: Uuid,
  customerCode: Type.String(),
  customerName: Type.String(),
  customerPhone: Nullable(Type.String()),
  serviceNumber: Type.String(),
  reason: Type.String(),
  receivedAt: Timestamp,
  status: literals(CASE_STATUSES),
  queue: Type.String({ description: "campaign, o la cola a la que un estado final lo derivó (level1)" }),
  queueLabel: Nullable(Type.String({ description: "El nombre de esa cola en el catálogo (Nivel 1 (N1))" })),
  assignedTo: Nullable(Uuid),
  assigneeName: Nullable(Type.String()),
  assignedAt: Nullable(Timestamp),
  attempts: Type.Integer(),
  unansweredAttempts: Type.Integer(),
  lastAttemptAt: Nullable(Timestamp),
  nextContactAt: Nullable(Timestamp),
  stateCode: Nullable(Type.String()),
  motiveCode: Nullable(Type.String()),
  stateLabel: Nullable(Type.String()),
  motiveLabel: Nullable(Type.String()),
  catalogVersion: Nullable(Type.Integer()),
  finishedAt: Nullable(Timestamp),
  version: Type.Integer({ description: "Envíela como expectedVersion en cada cambio" }),
});

const Step = StepExplanationSchema;

export const CaseDetail = Type.Object({
  ...CaseSummary.properties,
  catalogCurrentVersion: Type.Integer(),
  maxUnansweredAttempts: Type.Integer(),
  attemptsList: Type.Array(
    Type.Object({
      id: Uuid,
      seq: Type.Integer(),
      attemptedAt: Timestamp,
      dialledNumber: Type.String(),
      result: literals(ATTEMPT_RESULTS),
      note: Nullable(Type.String()),
      recordedByName: Nullable(Type.String()),
    }),
  ),
  dispositions: Type.Array(
    Type.Object({
      id: Uuid,
      seq: Type.Integer(),
      kind: literals(["manual", "automatic", "correction"] as const),
      stateCode: Type.String(),
      motiveCode: Type.String(),
      stateLabel: Nullable(Type.String()),
      motiveLabel: Nullable(Type.String()),
      isFinal: Type.Boolean(),
      catalogVersion: Type.Integer(),
      benefitsVersion: Nullable(Type.Integer()),
      fields: Type.Record(Type.String(), Type.Unknown()),
      generatedNote: Type.String(),
      note: Type.String(),
      callbackAt: Nullable(Timestamp),
      decidedByName: Nullable(Type.String()),
      decidedAt: Timestamp,
      supersededBy: Nullable(Uuid),
    }),
    { description: "Todas las tipificaciones del caso, en orden; una corregida queda con supersededBy" },
  ),
  instructions: Type.Array(Instruction),
  pendingDeadline: Nullable(Deadline),
  steps: Type.Array(Step, { description: "Los pasos posibles ahora y, si no, por qué" }),
  refusals: Type.Object({
    attempt: Nullable(Type.String()),
    disposition: Nullable(Type.String()),
    correction: Nullable(Type.String()),
  }),
});

export const DispositionBody = Type.Object(
  {
    stateCode: Type.String({ minLength: 1, maxLength: 60 }),
    motiveCode: Type.String({ minLength: 1, maxLength: 60 }),
    fields: Type.Optional(
      Type.Record(Type.String({ maxLength: 40 }), Type.Unknown(), { description: "Campos que pide el motivo" }),
    ),
    note: Type.Optional(
      Nullable(Type.String({ maxLength: 4000, description: "La observación tras la última edición; sin ella, la generada" })),
    ),
    expectedVersion: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

export const PreviewBody = Type.Object(
  {
    stateCode: Type.String({ minLength: 1, maxLength: 60 }),
    motiveCode: Type.String({ minLength: 1, maxLength: 60 }),
    fields: Type.Optional(Type.Record(Type.String({ maxLength: 40 }), Type.Unknown())),
  },
  { additionalProperties: false },
);

export const DispositionResult = Type.Object({
  dispositionId: Uuid,
  seq: Type.Integer(),
  version: Type.Integer(),
  status: literals(CASE_STATUSES),
  instruction: Nullable(Type.Object({ id: Uuid, version: Type.Integer(), dueAt: Timestamp })),
});

export const AttemptBody = Type.Object(
  {
    dialledNumber: Type.String({ minLength: 3, maxLength: 30, pattern: "^[+0-9][0-9 -]*$" }),
    result: literals(ATTEMPT_RESULTS),
    note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    expectedVersion: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

/** One cancellation request by API: the file row's shape (import/cancellation-request-schema.ts), plus its campaign; the customer's code may be left out. */
export const CreateCaseBody = Type.Object(
  {
    campaign: CampaignCode,
    ...CancellationRequestInput.properties,
    customerCode: Type.Optional(Nullable(CancellationRequestInput.properties.customerCode)),
  },
  { additionalProperties: false },
);

export const CaseQuery = Type.Object({
  campaign: Type.Optional(CampaignCode),
  status: Type.Optional(literals(["open", "pending", "finished", "active"] as const)),
  queue: Type.Optional(Type.String({ maxLength: 40 })),
  mine: Type.Optional(Type.Boolean({ description: "Solo los casos del usuario" })),
  assignedTo: Type.Optional(Uuid),
  pool: Type.Optional(Type.Boolean({ description: "Solo los casos sin asesor" })),
  due: Type.Optional(Type.Boolean({ description: "Solo los que tienen llamada o intento vencido" })),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  ...pageQuery(CASE_SORTS),
});
