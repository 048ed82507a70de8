import { Type } from "@sinclair/typebox";
import { PageOf } from "../../platform/http/paging.js";
import { literals } from "../../platform/http/schemas.js";
import { PQR_CHANNELS, PQR_TYPES } from "../pqr/index.js";
import { SupportGuides } from "./catalog-types.js";

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Str = () => Type.String();

export const SetAgentStateBody = Type.Object(
  {
    campaignId: Type.String({ format: "uuid" }),
    state: Type.Union([Type.Literal("ready"), Type.Literal("paused"), Type.Literal("offline")]),
    pauseReason: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const CompleteCallBody = Type.Object(
  {
    dispositionCode: Type.String({ minLength: 1, maxLength: 60 }),
    resolution: Type.Union([Type.Literal("first_contact"), Type.Literal("case")]),
    caseNumber: Type.Optional(Type.Union([Type.String({ maxLength: 60 }), Type.Null()])),
    notes: Type.String({ minLength: 1, maxLength: 8000 }),
    support: Type.Optional(
      Type.Array(
        Type.Object(
          {
            guide: Type.String({ maxLength: 60 }),
            step: Type.String({ maxLength: 60 }),
            answer: Type.String({ maxLength: 300 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
    ),
    offers: Type.Optional(
      Type.Array(
        Type.Object({ offer: Type.String({ maxLength: 300 }), accepted: Type.Boolean() }, { additionalProperties: false }),
        {
          maxItems: 30,
        },
      ),
    ),
    closure: Type.Union([Type.Literal("closed"), Type.Literal("follow_up")]),
    callbackAt: Type.Optional(Type.Union([Type.String({ format: "date-time" }), Type.Null()])),
    followUpArea: Type.Optional(
      Type.Union([
        Type.Literal("support"),
        Type.Literal("visits"),
        Type.Literal("pqr"),
        Type.Literal("escalations"),
        Type.Null(),
      ]),
    ),
    next: Type.Union([Type.Literal("ready"), Type.Literal("paused")]),
    pauseReason: Type.Optional(Type.Union([Type.String({ maxLength: 40 }), Type.Null()])),
  },
  { additionalProperties: false },
);

const Phone = Type.Object({ phone: Str(), kind: Str(), position: Type.Integer() });

export const AgentDesktop = Type.Object({
  agent: Type.Union([
    Type.Object({ campaignId: Str(), state: Str(), pauseReason: Nullable(Str()), stateSince: Str() }),
    Type.Null(),
  ]),
  campaigns: Type.Array(Type.Object({ id: Str(), code: Str(), name: Str(), pacingMode: Str() })),
  pauseReasons: Type.Array(Type.Object({ code: Str(), name: Str(), maxMinutes: Type.Integer() })),
  guides: SupportGuides,
  /** The disposition tree of the record's list type (empty with no call): groups and their dispositions. */
  dispositionTree: Type.Array(
    Type.Object({
      code: Str(),
      name: Str(),
      dispositions: Type.Array(Type.Object({ code: Str(), name: Str(), resolution: Str() })),
    }),
  ),
  call: Type.Union([
    Type.Object({ id: Str(), status: Str(), phone: Str(), answeredAt: Nullable(Str()), bridgedAt: Nullable(Str()) }),
    Type.Null(),
  ]),
  record: Type.Union([
    Type.Object({
      id: Str(),
      customerId: Str(),
      customerCode: Str(),
      customerName: Str(),
      listType: Str(),
      listTypeName: Str(),
      listTypeDescription: Str(),
      reason: Str(),
      offers: Type.Array(Str()),
      priority: Type.Integer(),
      validFrom: Nullable(Str()),
      validUntil: Nullable(Str()),
      status: Str(),
      attempts: Type.Integer(),
      phones: Type.Array(Phone),
      closure: Nullable(Str()),
      callbackAt: Nullable(Str()),
    }),
    Type.Null(),
  ]),
  callbacks: Type.Array(
    Type.Object({ recordId: Str(), customerId: Str(), customerName: Str(), callbackAt: Str(), listType: Str() }),
  ),
});

const Counts = Type.Object({
  calls: Type.Integer(),
  answered: Type.Integer(),
  drops: Type.Integer(),
  dropPercent: Type.Number(),
});

export const CampaignLive = Type.Object({
  campaign: Type.Object({ id: Str(), code: Str(), name: Str(), pacingMode: Str() }),
  dialLevel: Type.Number(),
  maxLevel: Type.Number(),
  targetDropPercent: Type.Number(),
  agents: Type.Array(
    Type.Object({
      userId: Str(),
      name: Str(),
      state: Str(),
      pauseReason: Nullable(Str()),
      stateSince: Str(),
      secondsInState: Type.Integer(),
      customerName: Nullable(Str()),
    }),
  ),
  calls: Type.Object({ ringing: Type.Integer(), waiting: Type.Integer(), onCall: Type.Integer() }),
  today: Counts,
  last24Hours: Counts,
  last30Days: Counts,
  hopperDepth: Type.Integer(),
  lists: Type.Array(
    Type.Object({
      listType: Str(),
      status: Str(),
      records: Type.Integer(),
      attempted: Type.Integer(),
      contacted: Type.Integer(),
    }),
  ),
  blockedToday: Type.Record(Type.String(), Type.Integer()),
  secondsInState: Type.Record(Type.String(), Type.Integer()),
});

/** Preview mode: the records the advisor may dial by hand now, their own due callbacks first. */
export const DialableRecords = PageOf(
  Type.Object({
    recordId: Str(),
    customerId: Str(),
    customerName: Str(),
    listType: Str(),
    reason: Str(),
    priority: Type.Integer(),
    attempts: Type.Integer(),
    lastOutcome: Nullable(Str()),
    callbackAt: Nullable(Str()),
    isMyCallback: Type.Boolean(),
  }),
);

export const DialRecordResultSchema = Type.Object({
  placed: Type.Boolean(),
  callId: Nullable(Str()),
  rule: Nullable(Str()),
  message: Nullable(Str()),
});

export const FilePqrFromCallBody = Type.Object(
  {
    type: literals(PQR_TYPES),
    subject: Type.String({ minLength: 1, maxLength: 300 }),
    description: Type.Optional(Type.String({ maxLength: 10_000 })),
    amountInDispute: Type.Optional(Type.Union([Type.String({ maxLength: 20 }), Type.Null()])),
    responseChannel: literals(PQR_CHANNELS),
    responseAddress: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);

export const PqrFromCallSchema = Type.Object({
  pqrId: Str(),
  cun: Str(),
  receivedOn: Str(),
  dueOn: Str(),
  responseChannel: Str(),
});

export const VisitSlotSchema = Type.Object({
  id: Str(),
  zone: Str(),
  startsAt: Str(),
  endsAt: Str(),
  capacity: Type.Integer(),
  free: Type.Integer(),
});

export const BookVisitBody = Type.Object(
  {
    zone: Type.String({ minLength: 1, maxLength: 80 }),
    slotId: Type.Union([Type.String({ format: "uuid" }), Type.Null()]),
    reason: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);

export const BookedVisitSchema = Type.Object({
  status: Str(),
  zone: Str(),
  startsAt: Nullable(Str()),
  endsAt: Nullable(Str()),
});

export const OpenVisitSlotBody = Type.Object(
  {
    zone: Type.String({ minLength: 1, maxLength: 80 }),
    startsAt: Type.String({ format: "date-time" }),
    endsAt: Type.String({ format: "date-time" }),
    capacity: Type.Integer({ minimum: 1, maximum: 500 }),
  },
  { additionalProperties: false },
);

export const TickResultSchema = Type.Object({
  placed: Type.Integer(),
  blocked: Type.Integer(),
  dropped: Type.Integer(),
  level: Type.Number(),
  lines: Type.Integer(),
});
