import { Type } from "@sinclair/typebox";
import { literals, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { StepExplanationSchema } from "../../platform/procedure/schema.js";
import { PQR_STATES } from "./procedure.js";
import { PQR_CHANNELS, PQR_TYPES } from "./rules.js";

/** The PQR module's HTTP shapes (TypeBox): the OpenAPI document and the web's client come from them. */

export const LocalDateSchema = Type.String({ format: "date", description: "Fecha local del operador (AAAA-MM-DD)" });
export const PqrTypeSchema = literals(PQR_TYPES);
export const ChannelSchema = literals(PQR_CHANNELS);
export const StatusSchema = literals(PQR_STATES.filter((s) => s !== "new"));
export const ClockStatusSchema = literals(["on_time", "at_risk", "past_due", "stopped"] as const);

export const UploadedFile = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 200 }),
    mediaType: Type.String({ minLength: 3, maxLength: 100 }),
    contentBase64: Type.String({ minLength: 1, maxLength: 14_000_000, description: "El contenido del archivo en base64" }),
  },
  { additionalProperties: false },
);

export const PqrListItem = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  cun: Type.String(),
  type: PqrTypeSchema,
  status: StatusSchema,
  statusLabel: Type.String(),
  customerId: Uuid,
  customerName: Type.String(),
  subject: Type.String(),
  amountInDispute: Nullable(Type.String()),
  filedAt: Timestamp,
  /** The running clock: the answer's, or the reposición decision's. */
  dueOn: LocalDateSchema,
  atRiskOn: LocalDateSchema,
  clockStatus: ClockStatusSchema,
  isSilence: Type.Boolean(),
  origin: Type.String(),
});

export const PqrPage = Type.Object({
  items: Type.Array(PqrListItem),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

const NextStep = StepExplanationSchema;

export const PqrFileSchema = Type.Object({
  id: Uuid,
  kind: literals(["evidence", "notification_proof", "answer", "appeal_evidence", "authority_decision"] as const),
  fileName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  uploadedAt: Timestamp,
});

export const PqrDetail = Type.Object({
  ...PqrListItem.properties,
  productId: Nullable(Uuid),
  serviceNumber: Nullable(Type.String()),
  description: Type.String(),
  filingChannel: ChannelSchema,
  responseChannel: ChannelSchema,
  responseAddress: Type.String(),
  originReference: Nullable(Type.String()),
  filedByName: Nullable(Type.String()),
  receivedOn: LocalDateSchema,
  answerDueOn: LocalDateSchema,
  answerAtRiskOn: LocalDateSchema,
  clock: Type.Object({
    country: Type.String(),
    version: Type.Integer(),
    basis: Type.String(),
    verified: Type.Boolean(),
    answerBusinessDays: Type.Integer(),
    appealBusinessDays: Type.Integer(),
    silenceGrantHours: Type.Integer(),
    authorityCode: Type.String(),
    authorityName: Type.String(),
  }),
  answer: Nullable(
    Type.Object({
      outcome: literals(["granted", "partially_granted", "denied"] as const),
      text: Type.String(),
      answeredAt: Timestamp,
      answeredByName: Nullable(Type.String()),
      notifiedAt: Timestamp,
      notificationChannel: Type.String(),
    }),
  ),
  appealWindowEndsOn: Nullable(LocalDateSchema),
  appeal: Nullable(
    Type.Object({
      kind: literals(["reconsideration", "with_subsidiary"] as const),
      grounds: Type.String(),
      filedAt: Timestamp,
      filedByName: Nullable(Type.String()),
      receivedOn: LocalDateSchema,
      dueOn: LocalDateSchema,
      decision: Nullable(literals(["reversed", "partially_reversed", "upheld"] as const)),
      decisionText: Nullable(Type.String()),
      decidedAt: Nullable(Timestamp),
      authority: Nullable(Type.String()),
      forwardedAt: Nullable(Timestamp),
      authorityReference: Nullable(Type.String()),
      authorityDecision: Nullable(literals(["confirmed", "revoked", "modified"] as const)),
      authorityDecisionText: Nullable(Type.String()),
      authorityDecidedOn: Nullable(LocalDateSchema),
    }),
  ),
  silence: Nullable(
    Type.Object({
      flaggedAt: Timestamp,
      stage: literals(["answer", "reconsideration"] as const),
      grantDueAt: Nullable(Timestamp),
      grantedAt: Nullable(Timestamp),
      grantNote: Nullable(Type.String()),
    }),
  ),
  desisted: Nullable(Type.Object({ at: Timestamp, byName: Nullable(Type.String()), note: Type.String() })),
  files: Type.Array(PqrFileSchema),
  nextSteps: Type.Array(NextStep),
});

export const FilePqrBody = Type.Object(
  {
    type: PqrTypeSchema,
    customerId: Uuid,
    productId: Type.Optional(Nullable(Uuid)),
    subject: Type.String({ minLength: 1, maxLength: 300 }),
    description: Type.Optional(Type.String({ maxLength: 10_000 })),
    amountInDispute: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    filingChannel: ChannelSchema,
    responseChannel: ChannelSchema,
    responseAddress: Type.Optional(Type.String({ maxLength: 300 })),
    evidence: Type.Optional(Type.Array(UploadedFile, { maxItems: 10 })),
    cun: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 40 }))),
    origin: Type.Optional(Type.String({ pattern: "^[a-z_]{1,30}$" })),
    originReference: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  },
  { additionalProperties: false },
);

export const AnswerBody = Type.Object(
  {
    outcome: literals(["granted", "partially_granted", "denied"] as const),
    answerText: Type.String({ minLength: 1, maxLength: 10_000 }),
    notificationChannel: ChannelSchema,
    notifiedAt: Type.Optional(Timestamp),
    notificationProof: Nullable(UploadedFile),
    answerFile: Type.Optional(Nullable(UploadedFile)),
  },
  { additionalProperties: false },
);

export const AppealBody = Type.Object(
  {
    kind: literals(["reconsideration", "with_subsidiary"] as const),
    grounds: Type.String({ minLength: 1, maxLength: 10_000 }),
    filingChannel: ChannelSchema,
    evidence: Type.Optional(Type.Array(UploadedFile, { maxItems: 10 })),
  },
  { additionalProperties: false },
);

export const DecisionBody = Type.Object(
  {
    decision: literals(["reversed", "partially_reversed", "upheld"] as const),
    decisionText: Type.String({ minLength: 1, maxLength: 10_000 }),
    decisionFile: Type.Optional(Nullable(UploadedFile)),
  },
  { additionalProperties: false },
);

export const AuthorityDecisionBody = Type.Object(
  {
    decision: literals(["confirmed", "revoked", "modified"] as const),
    decisionText: Type.String({ minLength: 1, maxLength: 10_000 }),
    decidedOn: LocalDateSchema,
    authorityReference: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    decisionFile: Type.Optional(Nullable(UploadedFile)),
  },
  { additionalProperties: false },
);

export const NoteBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });

export const CunRangeSchema = Type.Object({
  prefix: Type.String(),
  firstNumber: Type.Integer(),
  lastNumber: Type.Integer(),
  nextNumber: Type.Integer(),
  width: Type.Integer(),
  pattern: Type.String(),
  basis: Type.String(),
  remaining: Type.Integer(),
  firstCun: Type.String(),
  lastCun: Type.String(),
  updatedAt: Timestamp,
});

export const CunRangeBody = Type.Object(
  {
    prefix: Type.Optional(Type.String({ maxLength: 20 })),
    firstNumber: Type.Integer({ minimum: 0 }),
    lastNumber: Type.Integer({ minimum: 0 }),
    width: Type.Optional(Type.Integer({ minimum: 1, maximum: 16 })),
    pattern: Type.Optional(Type.String({ maxLength: 200 })),
    basis: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const ClockPreview = Type.Object({
  receivedOn: LocalDateSchema,
  dueOn: LocalDateSchema,
  answerBusinessDays: Type.Integer(),
  authorityName: Type.String(),
});
