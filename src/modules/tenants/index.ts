// The public face of the tenants module: the only file another module, the assembly or the seed data imports.
export * from "./commands/create-tenant.js";
export * from "./queries.js";
export * from "./repo.js";
