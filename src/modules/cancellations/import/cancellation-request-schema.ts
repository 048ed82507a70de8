import { type Static, Type } from "@sinclair/typebox";

/** A cancellation request as the billing system hands it over: validated the same way from the API and from files. */
export const CancellationRequestInput = Type.Object(
  {
    complaintNumber: Type.String({ minLength: 1, maxLength: 60 }),
    serviceNumber: Type.String({ minLength: 1, maxLength: 40 }),
    customerCode: Type.String({ minLength: 1, maxLength: 40 }),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    receivedAt: Type.String({ format: "date-time" }),
  },
  { additionalProperties: false },
);
export type CancellationRequestInput = Static<typeof CancellationRequestInput>;
