// The public face of the retention module: the only file another module, the assembly or the seed data imports.
export * from "./catalog-kinds.js";
export * from "./catalog-types.js";
export * from "./commands/accept-cancellation.js";
export * from "./commands/check-repeated-damage.js";
export * from "./commands/create-xpress-order.js";
export * from "./commands/file-billing-claim.js";
export * from "./commands/grant-promotion.js";
export * from "./commands/offer-remedy.js";
export * from "./commands/open-case.js";
export * from "./commands/record-evaluation.js";
export * from "./commands/retain-customer.js";
export * from "./rules.js";
