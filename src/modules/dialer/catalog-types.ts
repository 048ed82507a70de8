import { type Static, Type } from "@sinclair/typebox";
import { literals } from "../../platform/http/schemas.js";

/** The dialer's settings (catalog kind `dialer_settings`, scope `default`): pacing, drops, retries, pause reasons. */

export const CALL_OUTCOMES = ["completed", "busy", "no_answer", "rejected", "invalid", "machine", "dropped", "failed"] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
const Retry = Type.Object({ afterMinutes: Type.Integer({ minimum: 0, maximum: 43_200 }) }, { additionalProperties: false });

export const DialerSettings = Type.Object(
  {
    dropCallSeconds: Type.Number({ minimum: 0.5, maximum: 30 }),
    ringTimeoutSeconds: Type.Integer({ minimum: 15, maximum: 120 }),
    recomputeSeconds: Type.Integer({ minimum: 5, maximum: 300 }),
    pacing: Type.Object(
      {
        maxLevel: Type.Number({ minimum: 1, maximum: 10 }),
        targetDropPercent: Type.Number({ minimum: 0, maximum: 100 }),
        dropSafetyMargin: Type.Number({ minimum: 0, maximum: 10 }),
        diffTarget: Type.Number({ minimum: -5, maximum: 5 }),
        intensity: Type.Number({ minimum: -40, maximum: 40 }),
        dropMethod: literals(["hard_limit", "average", "tapered"] as const),
        shiftEnd: Type.Union([Type.String({ pattern: "^([01]\\d|2[0-3]):[0-5]\\d$" }), Type.Null()]),
        minCallsForDropCap: Type.Integer({ minimum: 0 }),
        emergencyMinCalls: Type.Integer({ minimum: 0 }),
        emergencyDropShare: Type.Number({ minimum: 0, maximum: 1 }),
        availableOnly: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    dropBasis: Type.String({ maxLength: 2000 }),
    safeHarbourMessage: Type.String({ minLength: 1, maxLength: 500 }),
    retries: Type.Object(
      {
        busy: Retry,
        no_answer: Retry,
        machine: Retry,
        dropped: Retry,
        rejected: Retry,
        failed: Retry,
        invalid: Retry,
      },
      { additionalProperties: false },
    ),
    maxAttemptsPerRecord: Type.Integer({ minimum: 1, maximum: 100 }),
    /** How long a due callback waits for its busy or paused advisor before it goes to the team (15 when absent). */
    callbackOwnerGraceMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1440 })),
    /** FCR (seed 002): a resolution at first contact stops counting when the customer comes back on the same typology within these days. */
    fcrRecontactWindowDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
    pauseReasons: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,40}$" }),
          name: Type.String({ minLength: 1, maxLength: 120 }),
          maxMinutes: Type.Integer({ minimum: 1, maximum: 480 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
);
export type DialerSettings = Static<typeof DialerSettings>;

/** Guided support (step 3) as catalog data: each guide's checks, the answers offered, and where an answer escalates. */
export const SupportGuides = Type.Object(
  {
    guides: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,60}$" }),
          name: Type.String({ minLength: 1, maxLength: 200 }),
          steps: Type.Array(
            Type.Object(
              {
                code: Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,60}$" }),
                question: Type.String({ minLength: 1, maxLength: 500 }),
                options: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { minItems: 1 }),
                /** Answer → escalation code: the route the seed names for that finding. */
                escalateOn: Type.Optional(Type.Record(Type.String(), Type.String())),
              },
              { additionalProperties: false },
            ),
            { minItems: 1 },
          ),
        },
        { additionalProperties: false },
      ),
    ),
    escalations: Type.Array(
      Type.Object(
        { code: Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,60}$" }), name: Type.String({ minLength: 1, maxLength: 300 }) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type SupportGuides = Static<typeof SupportGuides>;
