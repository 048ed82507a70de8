import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { insertVisitSlot } from "../agenda/database-agenda.js";

/** Opens a slot of the technicians' agenda (the agenda simulator's supply): zone, window and places. */
export async function openVisitSlot(
  input: { zone: string; startsAt: string; endsAt: string; capacity: number },
  ctx: CommandContext,
): Promise<string> {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (!input.zone.trim()) throw new AppError("VALIDATION_FAILED", "Indique la zona de la franja", { field: "zone" });
  if (endsAt <= startsAt)
    throw new AppError("VALIDATION_FAILED", "La franja debe terminar después de empezar", { field: "endsAt" });
  return insertVisitSlot(ctx.tx, { zone: input.zone.trim(), startsAt, endsAt, capacity: input.capacity });
}
