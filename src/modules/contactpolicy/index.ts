// The public face of the contact-policy module: the only file another module, the assembly or the seed data imports.
export * from "./catalog-types.js";
export * from "./commands/check-contact.js";
export { CONTACT_POLICY_KIND, POLICY_PRESETS } from "./kinds.js";
export { countPolicyBlocks, listPolicyBlocks } from "./queries.js";
export { type ContactLogEntry, insertContactLog } from "./repo.js";
export { evaluateContact, type PastContact, type PolicyDecision } from "./rules.js";
