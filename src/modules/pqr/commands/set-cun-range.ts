import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { findCunRange } from "../queries.js";
import { type CunRangeRow, upsertCunRange } from "../repo.js";
import { cunRangeProblem } from "../rules.js";

export interface SetCunRangeInput {
  prefix?: string;
  firstNumber: number;
  lastNumber: number;
  /** Digits of the numeric part; defaults to the digits of lastNumber. */
  width?: number;
  /** The regular expression every CUN must match; defaults to the prefix followed by `width` digits. */
  pattern?: string;
  /** The authority's assignment (resolution, date), for the record. */
  basis?: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");

/**
 * Configures the CUN range the authority assigned to the operator (replacing the previous one). Issuance
 * continues after the highest number already issued when the new range contains it, otherwise from the
 * new range's first number. Refused, with nothing changed, when the range or its pattern is unusable.
 */
export async function setCunRange(input: SetCunRangeInput, ctx: CommandContext): Promise<CunRangeRow> {
  if (!ctx.actor.roles.some((role) => role === "admin" || role === "system")) {
    throw new AppError("FORBIDDEN", "El rango de CUN lo configura el administrador del operador");
  }
  const prefix = input.prefix?.trim() ?? "";
  if (!/^[0-9A-Za-z-]{0,20}$/.test(prefix)) {
    throw new AppError("VALIDATION_FAILED", "El prefijo admite hasta 20 letras, dígitos o guiones", { field: "prefix" });
  }
  const width = input.width ?? String(input.lastNumber).length;
  const range = {
    prefix,
    firstNumber: input.firstNumber,
    lastNumber: input.lastNumber,
    width,
    pattern: input.pattern?.trim() || `${escapeRegExp(prefix)}\\d{${width}}`,
  };
  if (!Number.isInteger(width) || width < 1 || width > 16) {
    throw new AppError("VALIDATION_FAILED", "El número de dígitos debe estar entre 1 y 16", { field: "width" });
  }
  const problem = cunRangeProblem(range);
  if (problem) throw new AppError("VALIDATION_FAILED", problem, { field: "firstNumber" });
  const previous = await findCunRange(ctx.tx);
  const continues =
    previous &&
    previous.prefix === prefix &&
    previous.next_number > range.firstNumber &&
    previous.next_number <= range.lastNumber + 1;
  const row = await upsertCunRange(
    ctx.tx,
    ctx.actor.tenantId,
    { ...range, nextNumber: continues ? previous.next_number : range.firstNumber, basis: input.basis?.trim() ?? "" },
    ctx.actor.userId,
    ctx.now,
  );
  await recordEvent(ctx, {
    subjectType: "tenant",
    subjectId: ctx.actor.tenantId,
    action: "pqr_cun_range_set",
    before: previous ? { prefix: previous.prefix, firstNumber: previous.first_number, lastNumber: previous.last_number } : null,
    after: {
      prefix: row.prefix,
      firstNumber: row.first_number,
      lastNumber: row.last_number,
      nextNumber: row.next_number,
      pattern: row.pattern,
      basis: row.basis,
    },
  });
  return row;
}
