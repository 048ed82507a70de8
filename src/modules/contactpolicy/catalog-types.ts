import { type Static, Type } from "@sinclair/typebox";
import { literals } from "../../platform/http/schemas.js";

/**
 * The shape of a contact-policy preset (catalog kind `contact_policy`, one scope per preset: co, ec, bo or
 * the operator's own), versioned per tenant. Every legal figure is here, with the basis the operator chose;
 * the rules (rules.ts) take the preset as a parameter and hard-code none of it.
 */

export const CHANNELS = ["call", "sms", "email", "whatsapp", "app"] as const;
export type Channel = (typeof CHANNELS)[number];

/** The rules a preset applies, in the order they are checked: each blocked attempt names one of them. */
export const POLICY_RULES = [
  "reference",
  "channel_not_authorised",
  "dnc",
  "rne",
  "holiday",
  "closed_day",
  "outside_hours",
  "daily_contact",
  "weekly_other_channel",
  "drop_lockout",
  "record_daily_attempts",
  "record_total_attempts",
  "phone_daily_attempts",
  "phone_total_attempts",
] as const;
export type PolicyRule = (typeof POLICY_RULES)[number];

const Time = Type.String({ pattern: "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$" });
const Window = Type.Tuple([Time, Time]);
const Limit = Type.Union([Type.Integer({ minimum: 0, maximum: 1000 }), Type.Null()]);

export const ContactPolicy = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    country: Type.String({ pattern: "^[A-Z]{2}$" }),
    /** The legal basis the operator chose for this preset (law, article, their compliance team's decision). */
    legalBasis: Type.String({ minLength: 1, maxLength: 2000 }),
    /** Contact windows per ISO weekday (1 = Monday … 7 = Sunday), half-open [from, to); a missing day allows no contact. */
    windows: Type.Partial(
      Type.Object(
        { "1": Window, "2": Window, "3": Window, "4": Window, "5": Window, "6": Window, "7": Window },
        { additionalProperties: false },
      ),
    ),
    noContactOnHolidays: Type.Boolean(),
    /** Direct contacts (a live person reached) per customer per local day, across campaigns and channels. */
    maxDirectContactsPerDay: Limit,
    /** After a direct contact, no other channel in the same ISO week. */
    singleChannelPerWeek: Type.Boolean(),
    authorisedChannelsOnly: Type.Boolean(),
    neverReferences: Type.Boolean(),
    /** The suppression lists consulted before every attempt. */
    suppressionLists: Type.Array(literals(["rne", "dnc"] as const), { uniqueItems: true }),
    /**
     * Business days after the RNE entry's consultation date before it binds (the CRC allows suppliers up to 5 after
     * a registration); absent or 0: it binds the day it is consulted.
     */
    rneGraceBusinessDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 5 })),
    attemptLimits: Type.Object(
      { perRecordPerDay: Limit, perRecordTotal: Limit, perPhonePerDay: Limit, perPhoneTotal: Limit },
      { additionalProperties: false },
    ),
    /** Hours a number whose call was dropped is not redialled (0: none). */
    dropLockoutHours: Type.Integer({ minimum: 0, maximum: 720 }),
    /** Rules that do not apply to a legal basis (e.g. "requested_information": the customer asked for the call). */
    exemptions: Type.Record(
      Type.String({ pattern: "^[a-z_]{1,40}$" }),
      Type.Array(literals(POLICY_RULES), { uniqueItems: true }),
    ),
  },
  { additionalProperties: false },
);
export type ContactPolicy = Static<typeof ContactPolicy>;
