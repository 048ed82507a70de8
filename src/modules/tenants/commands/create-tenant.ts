import { systemActor } from "../../../platform/context.js";
import { type Db, enterTenant } from "../../../platform/db/pool.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { seedDefaultCatalogs } from "../../catalogs/index.js";
import { insertTenant } from "../repo.js";
import { DEFAULT_WORKING_HOURS, isSupportedCountry, SUPPORTED_COUNTRIES, type WorkingHours } from "../rules.js";

export interface CreateTenantInput {
  slug: string;
  name: string;
  country: string;
  timezone?: string;
  workingHours?: WorkingHours;
}

/** Creates an operator (tenant). Installation-level: run from the CLI, outside any tenant. */
export async function createTenant(db: Db, input: CreateTenantInput, now = new Date()): Promise<{ id: string }> {
  if (!isSupportedCountry(input.country)) {
    throw new AppError(
      "VALIDATION_FAILED",
      `País no soportado: ${input.country}. Use ${Object.keys(SUPPORTED_COUNTRIES).join(", ")}`,
      {
        field: "country",
      },
    );
  }
  return db.system(async (tx) => {
    const id = await insertTenant(tx, {
      slug: input.slug,
      name: input.name,
      country: input.country,
      timezone: input.timezone ?? SUPPORTED_COUNTRIES[input.country as keyof typeof SUPPORTED_COUNTRIES],
      workingHours: input.workingHours ?? DEFAULT_WORKING_HOURS,
    });
    const ctx = { tx, actor: systemActor(id), now };
    await recordEvent(ctx, { subjectType: "tenant", subjectId: id, action: "tenant_created", after: input });
    // The new tenant works from its first login: its default catalogs come with it, in the same transaction.
    await enterTenant(tx, id);
    await seedDefaultCatalogs(ctx);
    return { id };
  });
}
