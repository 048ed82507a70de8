// The public face of the imports module: the only file another module, the assembly or the seed data imports.
export * from "./cells.js";
export * from "./cli.js";
export * from "./commands/commit-import.js";
export * from "./file-format.js";
export * from "./http.js";
export * from "./kinds.js";
export * from "./queries.js";
export * from "./repo.js";
export * from "./repo-apply.js";
export * from "./zip-guard.js";
