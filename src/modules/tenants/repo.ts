import type { Tx } from "../../platform/db/pool.js";
import { registerConstraintErrors } from "../../platform/errors.js";
import type { WorkingHours } from "./rules.js";

registerConstraintErrors({
  tenants_slug_key: { code: "DUPLICATE", field: "slug", detail: (key) => `Ya existe el operador ${key.slug ?? "indicado"}` },
  tenants_slug_check: {
    code: "VALIDATION_FAILED",
    field: "slug",
    detail: "Identificador inválido: use de 2 a 63 minúsculas, dígitos o guiones, empezando por una minúscula o un dígito",
  },
});

export interface TenantRow {
  id: string;
  slug: string;
  name: string;
  country: string;
  timezone: string;
  working_hours: WorkingHours;
  settings: Record<string, unknown>;
}

export async function insertTenant(
  tx: Tx,
  tenant: { slug: string; name: string; country: string; timezone: string; workingHours: WorkingHours },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    "INSERT INTO tenants (slug, name, country, timezone, working_hours) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    [tenant.slug, tenant.name, tenant.country, tenant.timezone, JSON.stringify(tenant.workingHours)],
  );
  return rows[0]!.id;
}

export async function findTenantBySlug(tx: Tx, slug: string): Promise<TenantRow | undefined> {
  const { rows } = await tx.query<TenantRow>("SELECT * FROM tenants WHERE slug = $1", [slug]);
  return rows[0];
}
