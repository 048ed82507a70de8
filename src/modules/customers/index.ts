// The public face of the customers module: the only file another module, the assembly or the seed data imports.
export * from "./schemas.js";
