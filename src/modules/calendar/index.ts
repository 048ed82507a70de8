// The public face of the calendar module: the only file another module, the assembly or the seed data imports.
export * from "./commands/update-tenant-calendar.js";
export * from "./repo.js";
export * from "./tenant-calendar.js";
