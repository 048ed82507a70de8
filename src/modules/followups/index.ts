// The public face of the followups module: the only file another module, the assembly or the seed data imports.
export * from "./commands/complete-follow-up.js";
export * from "./commands/schedule-follow-up.js";
export * from "./queries.js";
export * from "./repo.js";
