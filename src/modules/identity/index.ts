// The public face of the identity module: the only file another module, the assembly or the seed data imports.
export * from "./acting-user.js";
export * from "./authenticate.js";
export * from "./catalog.js";
export * from "./commands/create-user.js";
export * from "./session-cookie.js";
