import { type Static, Type } from "@sinclair/typebox";

/**
 * The legal clocks of PQRs, one document per country (scope = the ISO country code in lower case: co, ec, bo), per tenant,
 * versioned and editable by an admin. Every figure carries its legal basis; the rules take them as
 * parameters (rules.ts) and never hard-code them.
 */

const Days = (description: string) => Type.Integer({ minimum: 1, maximum: 120, description });

export const PqrClocks = Type.Object(
  {
    /** Where the figures come from (resolution, article), shown to the operator beside them. */
    basis: Type.String({ minLength: 1, maxLength: 2000 }),
    /** Whether the figures were checked against the legal text (false: provisional, to be confirmed). */
    verified: Type.Boolean(),
    /** ISO weekdays that count as business days for legal terms (1 = Monday … 7 = Sunday); holidays never do. */
    businessWeekdays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true }),
    /** «Dentro de los 15 días hábiles siguientes»: the answer is due on the n-th business day after receipt. */
    answerBusinessDays: Days("días hábiles para responder la PQR"),
    /** The at-risk alert is raised this many business days before the due day. */
    atRiskBusinessDaysBefore: Type.Integer({ minimum: 0, maximum: 60 }),
    /** After positive administrative silence, hours (clock) to grant what was asked. */
    silenceGrantHours: Type.Integer({ minimum: 1, maximum: 720 }),
    /** The recurso may be filed up to the n-th business day after the answer's notification. */
    appealBusinessDays: Days("días hábiles para interponer el recurso"),
    /** The operator decides the reposición within n business days of its receipt. */
    reconsiderationBusinessDays: Days("días hábiles para decidir el recurso de reposición"),
    /** Who decides the subsidiary appeal. */
    authority: Type.Object(
      {
        code: Type.String({ minLength: 1, maxLength: 20 }),
        name: Type.String({ minLength: 1, maxLength: 200 }),
      },
      { additionalProperties: false },
    ),
    /** What evidence files are accepted. */
    evidence: Type.Object(
      {
        maxBytes: Type.Integer({ minimum: 1024, maximum: 10_485_760 }),
        maxFiles: Type.Integer({ minimum: 1, maximum: 50 }),
        mediaTypes: Type.Array(Type.String({ minLength: 3, maxLength: 100 }), { minItems: 1, uniqueItems: true }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type PqrClocks = Static<typeof PqrClocks>;

export const PQR_CLOCKS_KIND = "pqr_clocks";
