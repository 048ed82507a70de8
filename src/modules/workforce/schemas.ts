import { type Static, Type } from "@sinclair/typebox";

const Email = Type.String({ minLength: 3, maxLength: 200 });
const Time = Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$" });

export const ATTENDANCES = ["scheduled", "present", "absent"] as const;

/** One scheduled shift of the workforce tool's roster, with whether the agent came. */
export const RosterShiftInput = Type.Object(
  {
    agentEmail: Email,
    shiftDate: Type.String({ format: "date" }),
    startsAt: Time,
    endsAt: Time,
    attendance: Type.Union(ATTENDANCES.map((a) => Type.Literal(a))),
    absenceReason: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type RosterShiftInput = Static<typeof RosterShiftInput>;

/** An agent's hire and, once gone, leaving (hires and leavers). */
export const EmploymentInput = Type.Object(
  {
    agentEmail: Email,
    hiredOn: Type.String({ format: "date" }),
    leftOn: Type.Optional(Type.String({ format: "date" })),
    leavingReason: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type EmploymentInput = Static<typeof EmploymentInput>;

/** A staffing what-if, in the supervisor's units (percentages 0–100, seconds, minutes). */
export const StaffingQuery = Type.Object(
  {
    calls: Type.Number({ minimum: 0, maximum: 1_000_000 }),
    intervalMinutes: Type.Number({ exclusiveMinimum: 0, maximum: 1440 }),
    handleTimeSeconds: Type.Number({ exclusiveMinimum: 0, maximum: 36_000 }),
    serviceLevelPercent: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 100 }),
    answerWithinSeconds: Type.Number({ minimum: 0, maximum: 3600 }),
    shrinkagePercent: Type.Number({ minimum: 0, exclusiveMaximum: 100 }),
    maxOccupancyPercent: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);

export const StaffingResult = Type.Object({
  trafficErlangs: Type.Number(),
  agents: Type.Integer(),
  rostered: Type.Integer(),
  serviceLevel: Type.Number(),
  waitProbability: Type.Number(),
  averageSpeedOfAnswerSeconds: Type.Number(),
  occupancy: Type.Number(),
});
