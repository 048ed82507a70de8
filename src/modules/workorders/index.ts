// The public face of the workorders module: the only file another module, the assembly or the seed data imports.
export * from "./catalog-kind.js";
export * from "./catalog-types.js";
export * from "./commands/annul-work-order.js";
export * from "./commands/close-work-order.js";
export * from "./commands/create-work-order.js";
export * from "./commands/print-work-orders.js";
export * from "./presenter.js";
export * from "./queries.js";
export * from "./repo.js";
export * from "./routes.js";
