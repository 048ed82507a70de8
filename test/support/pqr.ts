import { DateTime } from "luxon";
import { setCunRange } from "../../src/modules/pqr/index.js";
import type { Db } from "../../src/platform/db/pool.js";
import type { TestTenant } from "./factories.js";
import { buildRetentionCustomer, runAs } from "./retention.js";

export const bogota = (local: string) => DateTime.fromISO(local, { zone: "America/Bogota" }).toJSDate();

/** A PDF's first bytes: enough for the type check. */
export const PDF = Buffer.from("%PDF-1.4\n% prueba\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** Configures a small CUN range (prefix 4001, 8 digits) for the tenant. */
export function configureCunRange(db: Db, tenant: TestTenant, now: Date, range: { first?: number; last?: number } = {}) {
  return runAs(db, tenant, "admin", now, (ctx) =>
    setCunRange(
      {
        prefix: "4001",
        firstNumber: range.first ?? 1,
        lastNumber: range.last ?? 99_999_999,
        width: 8,
        basis: "Asignación de prueba",
      },
      ctx,
    ),
  );
}

/** A customer with one Internet service, for PQRs. */
export function buildPqrCustomer(db: Db, tenant: TestTenant, code: string, now: Date) {
  return buildRetentionCustomer(
    db,
    tenant,
    { code, fullName: `Cliente ${code}`, products: [{ serviceNumber: `SRV-${code}`, kind: "internet", technology: "ftth" }] },
    now,
  );
}
