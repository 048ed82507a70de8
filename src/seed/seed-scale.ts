import { createTenant, findTenantBySlug } from "../modules/tenants/index.js";
import type { Db } from "../platform/db/pool.js";
import { AppError, fromDatabaseError } from "../platform/errors.js";
import { lastGeneratedIndex } from "./repo.js";
import { type SeedCounts, seedCustomers } from "./seed-customers.js";

export const MAX_SCALE_CUSTOMERS = 100_000_000;

export interface ScaleSeedOptions {
  tenantSlug: string;
  /** How many generated customers the tenant should hold in the end. */
  customers: number;
  now: Date;
  /** Create the tenant (country CO) when it does not exist. */
  createTenant?: boolean;
  seed?: number;
  /** Older resolved claims per customer (see GeneratorOptions.historyClaims). */
  historyClaims?: number;
  batchSize?: number;
  /** Batches loading at once (default 2). */
  parallel?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ScaleSeedResult {
  tenantId: string;
  tenantCreated: boolean;
  /** Index of the first customer written: a tenant already holding customers 0…k-1 continues at k. */
  from: number;
  counts: SeedCounts;
  seconds: number;
}

/**
 * Fills a tenant up to N generated customers (1,000,000 and more) by COPY, in batches. A run that
 * stopped half-way, or a tenant seeded with fewer customers before, continues after the last
 * generated customer code instead of duplicating anything.
 */
export async function seedScale(db: Db, options: ScaleSeedOptions): Promise<ScaleSeedResult> {
  if (!Number.isInteger(options.customers) || options.customers < 1 || options.customers > MAX_SCALE_CUSTOMERS) {
    throw new AppError(
      "VALIDATION_FAILED",
      `La cantidad de clientes debe ser un entero entre 1 y ${MAX_SCALE_CUSTOMERS.toLocaleString("es-CO")}`,
      { field: "customers" },
    );
  }
  const started = performance.now();
  let tenant = await db.system((tx) => findTenantBySlug(tx, options.tenantSlug));
  let tenantCreated = false;
  if (!tenant) {
    if (!options.createTenant) {
      throw new AppError("NOT_FOUND", `No existe el operador «${options.tenantSlug}»; use --create-tenant para crearlo`, {
        field: "tenant",
      });
    }
    await createTenant(db, { slug: options.tenantSlug, name: `Operador ${options.tenantSlug}`, country: "CO" }, options.now);
    tenant = (await db.system((tx) => findTenantBySlug(tx, options.tenantSlug)))!;
    tenantCreated = true;
  }
  const tenantId = tenant.id;
  const from = (await db.system((tx) => lastGeneratedIndex(tx, tenantId))) + 1;
  const counts = await seedCustomers(db, {
    tenantId,
    from,
    count: Math.max(0, options.customers - from),
    now: options.now,
    seed: options.seed,
    historyClaims: options.historyClaims,
    batchSize: options.batchSize,
    parallel: options.parallel,
    reason: "Datos sintéticos para pruebas de escala",
    onProgress: options.onProgress,
  }).catch((error: unknown) => {
    const known = fromDatabaseError(error);
    if (!known) throw error;
    throw new AppError(
      known.code,
      `La carga se detuvo en un lote que choca con datos del operador (${known.message}). Los lotes anteriores quedaron ` +
        "guardados; corrija el dato y vuelva a ejecutar el mismo comando para continuar.",
      { field: "customers" },
    );
  });
  return { tenantId, tenantCreated, from, counts, seconds: (performance.now() - started) / 1000 };
}
