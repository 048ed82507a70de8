import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvents } from "../../../platform/timeline/record-event.js";
import { readListTypes } from "../kinds.js";
import { insertContactRecord } from "../repo.js";

export interface NewContactRecord {
  customerId: string;
  listType: string;
  reason: string;
  offers: string[];
  phones: string[];
  priority: number;
  validFrom?: string | null;
  validUntil?: string | null;
}

/**
 * Adds records to a campaign's lists without a file (the demo data, an integration): a customer already on the
 * campaign is left as it is (the import merges; this adds only new ones). Returns how many were added.
 */
export async function addContactRecords(
  campaignId: string,
  records: readonly NewContactRecord[],
  ctx: CommandContext,
): Promise<number> {
  const types = new Set((await readListTypes(ctx.tx)).map((t) => t.code));
  const events = [];
  for (const record of records) {
    if (!types.has(record.listType)) {
      throw new AppError("VALIDATION_FAILED", `El tipo de base «${record.listType}» no existe en el catálogo`, {
        field: "listType",
      });
    }
    const id = await insertContactRecord(ctx.tx, campaignId, record, ctx.now);
    if (id) {
      events.push({
        subjectType: "contact_record",
        subjectId: id,
        customerId: record.customerId,
        action: "contact_record_created" as const,
        after: { listType: record.listType, reason: record.reason, offers: record.offers, priority: record.priority },
      });
    }
  }
  await recordEvents(ctx, events);
  return events.length;
}
