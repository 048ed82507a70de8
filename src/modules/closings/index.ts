// The public face of the closings module: the only file another module, the assembly or the seed data imports.
export * from "./commands/issue-closing-instruction.js";
export * from "./commands/send-closing-instructions.js";
export * from "./commands/supersede-closing-instruction.js";
export * from "./presenter.js";
export * from "./queries.js";
export * from "./repo.js";
export * from "./schemas.js";
