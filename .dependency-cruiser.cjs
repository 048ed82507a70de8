/**
 * The layers of Fideliza, enforced (npm run lint, and so CI):
 *   src/platform  the ground: imports no module, no app, no seed
 *   src/modules   the domains: another module only through its public face (index.ts)
 *   src/app       the assembly (HTTP server, CLI, worker): reads modules' manifests and faces
 *   src/seed      demo and scale data: may use every module's face; nothing in src imports it
 *   web/          talks to the server only over HTTP
 * plus: no cycles; routes never reach a repo or the database client; rules do no I/O.
 */
module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      severity: "error",
      comment: "A cycle makes two files one: split the shared part out, or invert the dependency.",
      from: { path: "^(src|web/src)/" },
      to: { circular: true },
    },
    {
      name: "platform-is-ground",
      severity: "error",
      comment: "The platform layer imports no domain module, no assembly and no seed data.",
      from: { path: "^src/platform/" },
      to: { path: "^src/(modules|app|seed)/" },
    },
    {
      name: "modules-below-app",
      severity: "error",
      comment: "Modules do not import the assembly or the seed data (a test beside a rule may use the seed's sample values).",
      from: { path: "^src/modules/", pathNot: "\\.test\\.ts$" },
      to: { path: "^src/(app|seed)/" },
    },
    {
      name: "nothing-imports-seed",
      severity: "error",
      comment: "Demo and scale data are a top-level consumer: only bin/, bench/ and tests use them.",
      from: { path: "^src/", pathNot: ["^src/seed/", "\\.test\\.ts$"] },
      to: { path: "^src/seed/" },
    },
    {
      name: "module-public-face",
      severity: "error",
      comment: "Another module is reached only through its index.ts.",
      from: { path: "^src/modules/([^/]+)/" },
      to: { path: "^src/modules/", pathNot: ["^src/modules/$1/", "^src/modules/[^/]+/index\\.ts$"] },
    },
    {
      name: "assembly-public-face",
      severity: "error",
      comment: "The assembly and the seed data read a module through its manifest (module.ts) or its index.ts.",
      from: { path: "^src/(app|seed)/" },
      to: { path: "^src/modules/", pathNot: "^src/modules/[^/]+/(index|module)\\.ts$" },
    },
    {
      name: "routes-not-to-repo",
      severity: "error",
      comment: "Routes call commands and queries; repos and the database client are theirs.",
      from: { path: "(^|/|-)routes\\.ts$" },
      to: { path: ["(^|/)repo[^/]*\\.ts$", "^src/platform/db/", "^node_modules/pg/"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "rules-are-pure",
      severity: "error",
      comment: "rules.ts decides without I/O: no database, no file system, no network.",
      from: { path: "(^|/)rules\\.ts$" },
      to: {
        path: ["(^|/)repo[^/]*\\.ts$", "^src/platform/db/", "^node_modules/pg/", "^(node:)?(fs|net|http|https|child_process)$"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "web-over-http-only",
      severity: "error",
      comment: "web/ talks to the server over the HTTP API (its generated client), never by importing src/.",
      from: { path: "^web/" },
      to: { path: "^src/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|node_modules)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
      extensions: [".ts", ".tsx", ".js", ".mjs"],
    },
  },
};
