// The public face of the integrations module: the only file another module, the assembly or the seed data imports.
export * from "./commands/deliver-outbound.js";
export * from "./commands/enqueue-outbound.js";
export * from "./hooks.js";
export * from "./queries.js";
export * from "./repo.js";
