import { Type } from "@sinclair/typebox";
import { literals, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { StepExplanationSchema } from "../../platform/procedure/schema.js";
import { OFFER_REFUSALS } from "./rules.js";

/** The API shapes of retention: the customer 360, a case and the evaluation (the indicators are the engine's). */

const Str = Type.String();
const NullableStr = Nullable(Type.String());
const OfferTypeSchema = Type.Union([Type.Literal("bill_waiver"), Type.Literal("compensation"), Type.Literal("promotion")]);
const Branch = Type.Union([Type.Literal("repeated_damage"), Type.Literal("request_analysis")]);

export const CaseSummary = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  customerId: Uuid,
  productId: Nullable(Uuid),
  state: Str,
  stateLabel: Str,
  branch: Nullable(Branch),
  requestKind: NullableStr,
  outcome: NullableStr,
  cancellationReason: NullableStr,
  createdAt: Timestamp,
  closedAt: Nullable(Timestamp),
});

const StepExplanation = StepExplanationSchema;

const Explanation = Type.Object({
  branch: Type.Object({
    hasRepeatedDamage: Type.Boolean(),
    foreseen: Branch,
    reason: Str,
    why: Type.Object(
      {
        code: Type.Union([Type.Literal("repeated_damage"), Type.Literal("no_repeated_damage")]),
        serviceNumber: NullableStr,
        claims: Type.Array(Type.Object({ code: Str, openedOn: Str })),
        openClaims: Type.Integer(),
        windowDays: Type.Integer(),
        minClaims: Type.Integer(),
      },
      { description: "La razón de la rama como código con sus parámetros, para mostrarla en el idioma de la persona" },
    ),
  }),
  restrictions: Type.Array(Type.Object({ flag: Str, label: Str, refuses: Type.Array(Str) })),
  offers: Type.Array(
    Type.Object({
      code: Str,
      type: OfferTypeSchema,
      name: Str,
      description: Str,
      branches: Type.Array(Branch),
      duration: Nullable(Type.Object({ amount: Type.Integer(), unit: Str })),
      checks: Type.Array(
        Type.Object({
          productId: Uuid,
          serviceNumber: Str,
          eligible: Type.Boolean(),
          reason: NullableStr,
          refusal: Nullable(
            Type.Object({
              code: literals(OFFER_REFUSALS),
              offer: Str,
              flags: Type.Optional(Type.Array(Str)),
              serviceNumber: Type.Optional(Str),
              expected: Type.Optional(Type.Array(Str)),
              actual: Type.Optional(Str),
            }),
          ),
        }),
      ),
    }),
  ),
  steps: Type.Array(StepExplanation),
});

export const Customer360 = Type.Object({
  customer: Type.Object({
    id: Uuid,
    code: Str,
    documentId: Str,
    fullName: Str,
    tier: Str,
    phone: NullableStr,
    email: NullableStr,
    address: NullableStr,
    city: NullableStr,
    customerSince: Timestamp,
  }),
  vip: Type.Object({
    isVip: Type.Boolean(),
    reasons: Type.Array(Str),
    billingAverage: Nullable(Type.Number()),
    months: Type.Integer(),
  }),
  flags: Type.Object({
    isDelinquent: Type.Boolean(),
    hasCreditBureauFlag: Type.Boolean(),
    withdrawnForNonPayment: Type.Array(Str),
    warnings: Type.Array(Str),
  }),
  products: Type.Array(
    Type.Object({
      id: Uuid,
      serviceNumber: Str,
      kind: Str,
      technology: Str,
      plan: Str,
      status: Str,
      withdrawnForNonPayment: Type.Boolean(),
      monthlyFee: Nullable(Type.Number()),
      activatedOn: NullableStr,
    }),
  ),
  claims: Type.Array(
    Type.Object({
      id: Uuid,
      code: Str,
      productId: Uuid,
      category: Str,
      description: NullableStr,
      openedAt: Str,
      resolvedAt: NullableStr,
    }),
  ),
  claimHistoryDays: Type.Integer(),
  billing: Type.Array(Type.Object({ period: Str, amount: Type.Number() })),
  repeatedDamage: Type.Array(Type.Object({ productId: Uuid, claimIds: Type.Array(Uuid), openClaimIds: Type.Array(Uuid) })),
  explanation: Explanation,
  xpressObservationDraft: Str,
  cancellationReasons: Type.Array(Type.Object({ code: Str, name: Str })),
  openCaseId: Nullable(Uuid),
  cases: Type.Array(
    Type.Object({
      id: Uuid,
      number: Type.Integer(),
      state: Str,
      stateLabel: Str,
      branch: Nullable(Branch),
      productId: Nullable(Uuid),
      requestKind: NullableStr,
      facts: Type.Object({}, { additionalProperties: true }),
      outcome: NullableStr,
      cancellationReason: NullableStr,
      createdAt: Str,
      closedAt: NullableStr,
      offers: Type.Array(
        Type.Object({
          id: Uuid,
          offerCode: Str,
          offerType: OfferTypeSchema,
          productId: Nullable(Uuid),
          status: Str,
          billingConcept: NullableStr,
          amount: Nullable(Type.Number()),
          startsAt: NullableStr,
          endsAt: NullableStr,
          externalReference: NullableStr,
        }),
      ),
    }),
  ),
  workOrders: Type.Array(
    Type.Object({
      id: Uuid,
      number: Type.Integer(),
      activityCode: Str,
      activityName: Str,
      status: Str,
      dueAt: Str,
      closedAt: NullableStr,
      productId: Uuid,
      originId: Uuid,
    }),
  ),
  complaints: Type.Array(
    Type.Object({
      id: Uuid,
      complaintNumber: Str,
      campaign: Str,
      status: Str,
      queue: Str,
      stateCode: NullableStr,
      motiveCode: NullableStr,
      reason: Str,
      receivedAt: Str,
      finishedAt: NullableStr,
    }),
    { description: "Quejas de cancelación del cliente en las campañas (las 5 más recientes)" },
  ),
  timeline: Type.Array(
    Type.Object({
      id: Type.Integer(),
      occurredAt: Str,
      actorName: NullableStr,
      actorRole: Str,
      subjectType: Str,
      action: Str,
      reason: NullableStr,
    }),
  ),
});

export const EvaluationView = Type.Object({
  results: Type.Array(
    Type.Object({
      month: Str,
      team: Str,
      branch: Str,
      offerCode: Str,
      offerLabel: NullableStr,
      closed: Type.Integer(),
      retained: Type.Integer(),
      cancelled: Type.Integer(),
    }),
  ),
  evaluations: Type.Array(
    Type.Object({
      id: Uuid,
      month: Str,
      decision: Type.Union([Type.Literal("feedback"), Type.Literal("reformulate")]),
      notes: Str,
      createdByName: NullableStr,
      createdAt: Timestamp,
    }),
  ),
});
