import type { Command } from "commander";
import type { FastifyInstance } from "fastify";
import type { OpenDatabase } from "./db/database.js";
import type { CatalogKind } from "./extensions/catalog-kind.js";
import type { ImportKind } from "./extensions/import-kind.js";
import type { IndicatorDefinition } from "./extensions/indicator.js";
import type { OutboundHooks } from "./extensions/outbound.js";
import type { ActionDeclarations, ActionLabels } from "./timeline/actions.js";
import type { TimerHandler } from "./timers/timers.js";

/** What the assembly lends a module's CLI commands: the configured database, migrated, roles and catalogs loaded. */
export interface CliKit {
  withDatabase<T>(work: (database: OpenDatabase) => Promise<T>): Promise<T>;
}

/**
 * What one domain module contributes to the product, declared in its `module.ts`. The assembly
 * (src/app/modules.ts) reads every manifest; no other list of routes, commands, timers, reactions or
 * kinds exists.
 */
export interface ModuleManifest {
  /** The module's folder name under src/modules. */
  name: string;
  /** Its HTTP routes (a Fastify plugin), registered in manifest order. */
  routes?: (app: FastifyInstance) => Promise<void>;
  /** Its `fideliza` subcommands. */
  cli?: (program: Command, kit: CliKit) => void;
  /** Its timer tasks by name: every name it passes to scheduleTimer. */
  timers?: Record<string, TimerHandler>;
  /** What it does when an outside system answers one of its messages, by operation. */
  outboundHooks?: OutboundHooks;
  /** The catalog kinds it owns (their defaults in catalogs/<code>/<scope>.json). */
  catalogKinds?: readonly CatalogKind[];
  /** The import kinds it owns; batches commit kinds in manifest order, so a kind follows those it references. */
  importKinds?: readonly ImportKind[];
  /** The permissions its routes and commands check, as typed constants (codes of catalogs/roles.json). */
  permissions?: Readonly<Record<string, string>>;
  /** The realtime event types it publishes (`type` of a StreamMessage). */
  realtimeTopics?: readonly string[];
  /** The timeline actions it writes, with their labels (its timeline-actions.ts). */
  timelineActions?: ActionDeclarations;
  /** The indicators it declares for the indicator engine (src/platform/extensions/indicator.ts). */
  indicators?: readonly IndicatorDefinition[];
}

let installed: readonly ModuleManifest[] | undefined;

/**
 * Makes the manifests the product's modules. Called once by the assembly before anything reads a
 * contribution; refuses two modules that claim the same timer, operation, kind or topic.
 */
export function installModules(manifests: readonly ModuleManifest[]): void {
  const claimed = new Map<string, string>();
  const claim = (what: string, owner: string) => {
    const previous = claimed.get(what);
    if (previous && previous !== owner) throw new Error(`${what} is declared by both ${previous} and ${owner}`);
    claimed.set(what, owner);
  };
  for (const manifest of manifests) {
    claim(`module ${manifest.name}`, manifest.name);
    for (const task of Object.keys(manifest.timers ?? {})) claim(`timer ${task}`, manifest.name);
    for (const operation of Object.keys(manifest.outboundHooks ?? {})) claim(`outbound operation ${operation}`, manifest.name);
    for (const kind of manifest.catalogKinds ?? []) claim(`catalog kind ${kind.code}`, manifest.name);
    for (const kind of manifest.importKinds ?? []) claim(`import kind ${kind.code}`, manifest.name);
    for (const topic of manifest.realtimeTopics ?? []) claim(`realtime topic ${topic}`, manifest.name);
    for (const action of Object.keys(manifest.timelineActions ?? {})) claim(`timeline action ${action}`, manifest.name);
    for (const indicator of manifest.indicators ?? []) claim(`indicator ${indicator.code}`, manifest.name);
  }
  installed = manifests;
}

/** The installed manifests, in order. */
export function installedModules(): readonly ModuleManifest[] {
  if (!installed) throw new Error("installModules() has not run: import src/app/modules.ts first");
  return installed;
}

/** Every module's catalog kinds. */
export const catalogKinds = (): CatalogKind[] => installedModules().flatMap((m) => m.catalogKinds ?? []);

/** Every module's indicators. */
export const indicatorDefinitions = (): IndicatorDefinition[] => installedModules().flatMap((m) => m.indicators ?? []);

/** Every module's import kinds, in commit order. */
export const importKinds = (): ImportKind[] => installedModules().flatMap((m) => m.importKinds ?? []);

/** Every module's reactions to outside answers, by operation. */
export const outboundHooks = (): OutboundHooks => Object.assign({}, ...installedModules().map((m) => m.outboundHooks ?? {}));

/** Every module's timer tasks, by name. */
export const timerTasks = (): Record<string, TimerHandler> => Object.assign({}, ...installedModules().map((m) => m.timers ?? {}));

/** Every module's timeline actions, by code, with the module that declares each. */
export const timelineActions = (): Map<string, ActionLabels & { module: string }> =>
  new Map(
    installedModules().flatMap((m) =>
      Object.entries(m.timelineActions ?? {}).map(([code, labels]) => [code, { ...labels, module: m.name }] as const),
    ),
  );
