import { Type } from "@sinclair/typebox";
import { literals, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { StepExplanationSchema } from "../../platform/procedure/schema.js";
import { REQUEST_STATUSES, REQUEST_STEPS, TICKET_AREAS, TICKET_KINDS, TICKET_TEAMS } from "./procedure.js";

export const RequestType = literals(["installation", "transfer", "migration"] as const);
export const RequestStatus = literals(REQUEST_STATUSES);
export const RequestStep = literals(REQUEST_STEPS);
export const TicketTeam = literals(TICKET_TEAMS);
export const TicketArea = literals(TICKET_AREAS);
export const Month = Type.String({ pattern: "^\\d{4}-\\d{2}$", description: "Mes AAAA-MM" });
const Short = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const KeyRequestBody = Type.Object(
  {
    requestType: RequestType,
    customerId: Uuid,
    productId: Uuid,
    address: Short(300),
    zone: Type.Optional(Nullable(Type.String({ maxLength: 80 }))),
    nearestBox: Type.Optional(Nullable(Type.String({ maxLength: 80 }))),
    equipment: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    observation: Type.Optional(Type.String({ maxLength: 3000 })),
    sellerName: Short(120),
    reentryOf: Type.Optional(Nullable(Uuid)),
  },
  { additionalProperties: false },
);

export const StepBody = Type.Object(
  {
    observation: Short(3000),
    team: Type.Optional(TicketTeam),
    dataRequested: Type.Optional(Type.Array(Type.String({ pattern: "^[a-z_]{1,40}$" }), { maxItems: 10 })),
    details: Type.Optional(
      Type.Record(Type.String(), Type.Union([Type.String({ maxLength: 1000 }), Type.Number(), Type.Boolean()])),
    ),
    references: Type.Optional(
      Type.Array(
        Type.Object(
          {
            kind: literals(["zone", "landmark", "street", "box"] as const),
            name: Short(200),
            zone: Type.Optional(Nullable(Type.String({ maxLength: 80 }))),
            latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
            longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
          },
          { additionalProperties: false },
        ),
        { maxItems: 50 },
      ),
    ),
    zone: Type.Optional(Nullable(Type.String({ maxLength: 80 }))),
    nearestBox: Type.Optional(Nullable(Type.String({ maxLength: 80 }))),
  },
  { additionalProperties: false },
);

export const AttendBody = Type.Object(
  {
    resolution: Short(3000),
    correction: Type.Optional(
      Type.Object(
        {
          observation: Type.Optional(Type.String({ maxLength: 2000 })),
          nearestBox: Type.Optional(Type.String({ maxLength: 80 })),
          zone: Type.Optional(Type.String({ maxLength: 80 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const ZoningFormBody = Type.Object(
  {
    zone: Short(80),
    address: Short(300),
    nearestBox: Type.Optional(Nullable(Type.String({ maxLength: 80 }))),
    impediments: Type.Optional(
      Type.Array(
        Type.Object(
          {
            cause: literals(["order_not_closed", "commercial", "system"] as const),
            team: TicketTeam,
            observation: Short(2000),
          },
          { additionalProperties: false },
        ),
        { maxItems: 10 },
      ),
    ),
  },
  { additionalProperties: false },
);

export const ServiceRequest = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  requestType: RequestType,
  customerId: Uuid,
  productId: Uuid,
  address: Type.String(),
  zone: Nullable(Type.String()),
  nearestBox: Nullable(Type.String()),
  equipment: Nullable(Type.String()),
  observation: Type.String(),
  sellerName: Type.String(),
  advisorName: Type.String(),
  source: literals(["keyed", "import"] as const),
  status: RequestStatus,
  statusLabel: Type.String(),
  detectedBy: Nullable(literals(["network", "coc", "technician"] as const)),
  probableAt: Nullable(Timestamp),
  workOrderId: Nullable(Uuid),
  annulledAt: Nullable(Timestamp),
  annulmentStep: Nullable(Type.String()),
  annulmentReason: Nullable(Type.String()),
  assignedAt: Nullable(Timestamp),
  reentryOf: Nullable(Uuid),
  reentryLate: Nullable(Type.Boolean()),
  createdAt: Timestamp,
});

export const RequestListItem = Type.Object({
  ...ServiceRequest.properties,
  customerName: Type.String(),
  serviceNumber: Type.String(),
  workOrderNumber: Nullable(Type.Integer()),
  workOrderStatus: Nullable(Type.String()),
  openTickets: Type.Integer(),
});

export const Ticket = Type.Object({
  id: Uuid,
  number: Type.Integer(),
  requestId: Nullable(Uuid),
  requestNumber: Nullable(Type.Integer()),
  kind: literals(TICKET_KINDS),
  area: TicketArea,
  seedStep: Type.String(),
  team: TicketTeam,
  teamName: Type.String(),
  observation: Type.String(),
  dataRequested: Type.Array(Type.String()),
  sellerName: Nullable(Type.String()),
  advisorName: Nullable(Type.String()),
  zone: Nullable(Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
  status: literals(["open", "attended", "closed"] as const),
  dueAt: Timestamp,
  atRiskAt: Timestamp,
  phase: literals(["on_time", "at_risk", "breached", "paused", "met", "cancelled"] as const),
  ageMinutes: Type.Integer(),
  attendedAt: Nullable(Timestamp),
  attendedRole: Nullable(Type.String()),
  resolution: Nullable(Type.String()),
  openedRole: Type.String(),
  createdAt: Timestamp,
});

export const BoardTicket = Type.Object({
  ...Ticket.properties,
  requestStatus: Nullable(RequestStatus),
  requestType: Nullable(Type.String()),
  customerName: Nullable(Type.String()),
});

export const NextStep = StepExplanationSchema;

export const RequestDetail = Type.Object({
  request: RequestListItem,
  tickets: Type.Array(Ticket),
  nextSteps: Type.Array(NextStep),
});

export const Board = Type.Object({
  total: Type.Object({
    open: Type.Integer(),
    atRisk: Type.Integer(),
    breached: Type.Integer(),
    probableAnnulments: Type.Integer(),
  }),
  groups: Type.Array(
    Type.Object({
      dimension: literals(["area", "team", "zone"] as const),
      value: Nullable(Type.String()),
      open: Type.Integer(),
      atRisk: Type.Integer(),
      breached: Type.Integer(),
    }),
  ),
  tickets: Type.Array(BoardTicket),
  probable: Type.Array(RequestListItem),
  page: Type.Object({ limit: Type.Integer(), offset: Type.Integer() }),
});

export const BillingReport = Type.Object({
  id: Uuid,
  month: Month,
  version: Type.Integer(),
  rowCount: Type.Integer(),
  sha256: Type.String(),
  outboundId: Nullable(Uuid),
  outboundStatus: Nullable(Type.String()),
  createdAt: Timestamp,
});

export const ZoningForm = Type.Object({
  id: Uuid,
  requestId: Uuid,
  workOrderId: Uuid,
  month: Month,
  correctedZone: Type.String(),
  correctedAddress: Type.String(),
  correctedBox: Nullable(Type.String()),
  status: literals(["received", "corrected"] as const),
  correctedAt: Nullable(Timestamp),
  impedimentTickets: Type.Array(Type.Integer()),
});
