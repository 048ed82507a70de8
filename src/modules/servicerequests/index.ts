// The public face of the servicerequests module: the only file another module, the assembly or the seed data imports.
export * from "./catalog-kind.js";
export * from "./commands/attend-ticket.js";
export * from "./commands/key-service-request.js";
export * from "./commands/key-zoning-correction.js";
export * from "./commands/receive-zoning-form.js";
export * from "./commands/record-form-change.js";
export * from "./commands/send-zoning-report.js";
export * from "./commands/take-request-step.js";
export * from "./policy.js";
export * from "./procedure.js";
export * from "./queries.js";
export * from "./rules.js";
