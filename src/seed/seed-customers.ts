import type { Db, Tx } from "../platform/db/pool.js";
import { createCustomerGenerator, type DemoCustomer } from "./generator.js";
import { copyLines, copyField as f, type SeedTable } from "./repo.js";

export interface SeedCustomersOptions {
  tenantId: string;
  /** Index of the first customer (CL-0000001 is index 0). */
  from: number;
  count: number;
  now: Date;
  seed?: number;
  /** Older resolved claims per customer (see GeneratorOptions.historyClaims). */
  historyClaims?: number;
  /** Customers per transaction; each batch commits whole or not at all. */
  batchSize?: number;
  /** Batches loading at once, each on its own connection (default 2). */
  parallel?: number;
  /** Written on each customer's 'customer_created' timeline event. */
  reason: string;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedCounts {
  customers: number;
  products: number;
  claims: number;
  billingStatements: number;
  repeatedDamage: number;
}

// Strings are joined into chunks of about this size before they are written to the COPY stream.
const CHUNK_CHARS = 1 << 20;

class LineBuffer {
  readonly chunks: string[] = [];
  private current = "";
  push(fields: string[]): void {
    this.current += `${fields.join("\t")}\n`;
    if (this.current.length >= CHUNK_CHARS) {
      this.chunks.push(this.current);
      this.current = "";
    }
  }
  done(): string[] {
    if (this.current) this.chunks.push(this.current);
    this.current = "";
    return this.chunks;
  }
}

type Batch = Record<SeedTable, string[]>;

function encodeBatch(customers: DemoCustomer[], tenantId: string, now: Date, reason: string, counts: SeedCounts): Batch {
  const buffers = {
    customers: new LineBuffer(),
    products: new LineBuffer(),
    claims: new LineBuffer(),
    billing_statements: new LineBuffer(),
    events: new LineBuffer(),
  };
  const t = f(tenantId);
  const seededAt = f(now);
  for (const c of customers) {
    const created = f(c.createdAt);
    buffers.customers.push([
      t,
      c.id,
      f(c.code),
      f(c.documentId),
      f(c.fullName),
      c.tier,
      f(c.phone),
      f(c.email),
      f(c.address),
      f(c.city),
      f(c.isDelinquent),
      f(c.hasCreditBureauFlag),
      created,
      created,
    ]);
    for (const p of c.products) {
      buffers.products.push([
        t,
        p.id,
        c.id,
        f(p.serviceNumber),
        p.kind,
        p.technology,
        f(p.plan),
        p.status,
        f(p.withdrawnForNonPayment),
        f(p.monthlyFee),
        p.activatedOn,
        created,
        created,
      ]);
    }
    for (const cl of c.claims) {
      buffers.claims.push([
        t,
        cl.id,
        f(cl.code),
        c.id,
        cl.productId,
        f(cl.category),
        f(cl.description),
        f(cl.openedAt),
        f(cl.resolvedAt),
        f(cl.openedAt),
      ]);
    }
    for (const b of c.billing) buffers.billing_statements.push([t, c.id, b.period, f(b.amount)]);
    const after = JSON.stringify({ code: c.code, documentId: c.documentId, fullName: c.fullName, tier: c.tier });
    buffers.events.push([t, seededAt, "system", "customer", c.id, c.id, "customer_created", f(after), f(reason)]);
    counts.customers++;
    counts.products += c.products.length;
    counts.claims += c.claims.length;
    counts.billingStatements += c.billing.length;
    if (c.hasRepeatedDamage) counts.repeatedDamage++;
  }
  return {
    customers: buffers.customers.done(),
    products: buffers.products.done(),
    claims: buffers.claims.done(),
    billing_statements: buffers.billing_statements.done(),
    events: buffers.events.done(),
  };
}

const TABLE_ORDER = ["customers", "products", "claims", "billing_statements", "events"] as const;

async function writeBatch(tx: Tx, batch: Batch): Promise<void> {
  for (const table of TABLE_ORDER) await copyLines(tx, table, batch[table]);
}

function batchEncoder(options: SeedCustomersOptions, counts: SeedCounts) {
  const generate = createCustomerGenerator({
    now: options.now,
    namespace: options.tenantId,
    seed: options.seed,
    historyClaims: options.historyClaims,
  });
  const end = options.from + options.count;
  const batchSize = options.batchSize ?? 5_000;
  return async (start: number): Promise<Batch> => {
    const customers: DemoCustomer[] = [];
    for (let index = start; index < Math.min(start + batchSize, end); index++) {
      customers.push(generate(index));
      // Yield now and then so the COPY of the previous batch keeps streaming while we generate.
      if (index % 250 === 249) await new Promise((resolve) => setImmediate(resolve));
    }
    return encodeBatch(customers, options.tenantId, options.now, options.reason, counts);
  };
}

const emptyCounts = (): SeedCounts => ({ customers: 0, products: 0, claims: 0, billingStatements: 0, repeatedDamage: 0 });

/**
 * Streams generated customers (with their products, claims, billing and one 'customer_created'
 * timeline event each, actor system) into a tenant with COPY, one transaction per batch. While the
 * next batch is generated, `parallel` batches load on separate connections (so PostgreSQL uses more
 * than one core); they commit strictly in order, each waiting for the one before, so the committed
 * customers are always a contiguous prefix: a crash loses only the batches in flight and a rerun
 * continues after the last committed code. Memory holds a few batches, whatever the total.
 */
export async function seedCustomers(db: Db, options: SeedCustomersOptions): Promise<SeedCounts> {
  const counts = emptyCounts();
  const encode = batchEncoder(options, counts);
  const batchSize = options.batchSize ?? 5_000;
  const parallel = Math.max(1, options.parallel ?? 2);
  const end = options.from + options.count;
  options.onProgress?.(0, options.count);
  let previous: Promise<void> = Promise.resolve();
  const inFlight: Array<{ committed: Promise<void>; done: number }> = [];
  for (let start = options.from; start < end; start += batchSize) {
    // Generating this batch overlaps with PostgreSQL loading the ones in flight.
    const batch = await encode(start);
    const before = previous;
    const committed = db.system(async (tx) => {
      await writeBatch(tx, batch);
      await before; // commit order = batch order; if an earlier batch failed, this one rolls back too
    });
    committed.catch(() => undefined); // awaited below; this only keeps an early failure from counting as unhandled
    previous = committed;
    inFlight.push({ committed, done: Math.min(start + batchSize, end) - options.from });
    if (inFlight.length > parallel) {
      const oldest = inFlight.shift()!;
      await oldest.committed;
      options.onProgress?.(oldest.done, options.count);
    }
  }
  for (const batch of inFlight) {
    await batch.committed;
    options.onProgress?.(batch.done, options.count);
  }
  return counts;
}

/** The same rows as `seedCustomers`, all inside the caller's transaction (for small sets such as the demo). */
export async function seedCustomersInTransaction(tx: Tx, options: SeedCustomersOptions): Promise<SeedCounts> {
  const counts = emptyCounts();
  const encode = batchEncoder(options, counts);
  const batchSize = options.batchSize ?? 5_000;
  for (let start = options.from; start < options.from + options.count; start += batchSize) {
    await writeBatch(tx, await encode(start));
    options.onProgress?.(Math.min(start + batchSize, options.from + options.count) - options.from, options.count);
  }
  return counts;
}
