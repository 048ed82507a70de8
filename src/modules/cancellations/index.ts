// The public face of the cancellations module: the only file another module, the assembly or the seed data imports.
export * from "./catalog/campaign-catalog.js";
export * from "./catalog/kinds.js";
export * from "./catalog/rules.js";
export * from "./catalog/schema.js";
export * from "./commands/create-cancellation-case.js";
export * from "./commands/record-attempt.js";
export * from "./commands/set-disposition.js";
export * from "./commands/take-case.js";
export * from "./policy.js";
export * from "./schemas.js";
