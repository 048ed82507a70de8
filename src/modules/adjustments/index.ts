// The public face of the adjustments module: the only file another module, the assembly or the seed data imports.
export * from "./catalog.js";
export * from "./commands/answer-adjustment.js";
export * from "./commands/create-adjustment-row.js";
export * from "./commands/generate-feedback.js";
export * from "./commands/record-contact.js";
export * from "./commands/review-rejection.js";
export * from "./commands/send-credit-lines.js";
export * from "./commands/sign-feedback.js";
export * from "./commands/validate-row.js";
export * from "./import-kind.js";
export * from "./policy.js";
export * from "./rules.js";
export { useVoicemailPort, type VoicemailPort } from "./telephony.js";
