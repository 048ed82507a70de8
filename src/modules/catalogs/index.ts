// The public face of the catalogs module: the only file another module, the assembly or the seed data imports.
export * from "./commands/publish-catalog.js";
export * from "./commands/seed-default-catalogs.js";
export * from "./defaults.js";
export * from "./in-use.js";
export * from "./queries.js";
export * from "./registry.js";
export * from "./repo.js";
export * from "./rules.js";
