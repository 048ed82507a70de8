import type { Tx } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import { cunInUse, findCunRange } from "./queries.js";
import { type CunRangeRow, takeCunNumber } from "./repo.js";
import { type CunRange, cunProblem, formatCun } from "./rules.js";

const asRange = (row: CunRangeRow): CunRange => ({
  prefix: row.prefix,
  firstNumber: row.first_number,
  lastNumber: row.last_number,
  width: row.width,
  pattern: row.pattern,
});

const NO_RANGE =
  "El operador no tiene configurado el rango de CUN asignado por la autoridad; configúrelo en Administración → PQR";

/**
 * Issues the tenant's next CUN from its range. The database advances the counter (UPDATE … RETURNING under
 * the range row's lock), so concurrent filings get distinct CUNs; numbers already taken by a given CUN are
 * skipped. Refused in Spanish when there is no range or it is exhausted.
 */
export async function issueCun(tx: Tx): Promise<string> {
  for (;;) {
    const taken = await takeCunNumber(tx);
    if (!taken) {
      const range = await findCunRange(tx);
      if (!range) throw new AppError("CONFLICT", NO_RANGE, { field: "cun" });
      throw new AppError(
        "CONFLICT",
        `Se agotó el rango de CUN asignado (${formatCun(range, range.first_number)} a ${formatCun(range, range.last_number)}); solicite un nuevo rango a la autoridad y configúrelo antes de radicar`,
        { field: "cun" },
      );
    }
    const cun = formatCun(taken, taken.number);
    const problem = cunProblem(cun, asRange(taken));
    if (problem) throw new AppError("CONFLICT", problem, { field: "cun" });
    if (!(await cunInUse(tx, cun))) return cun;
  }
}

/** Checks a CUN given by the caller (issued by the operator's own system): format, range, not used. */
export async function checkGivenCun(tx: Tx, cun: string): Promise<string> {
  const range = await findCunRange(tx);
  if (!range) throw new AppError("CONFLICT", NO_RANGE, { field: "cun" });
  const value = cun.trim();
  const problem = cunProblem(value, asRange(range));
  if (problem) throw new AppError("VALIDATION_FAILED", problem, { field: "cun" });
  if (await cunInUse(tx, value)) throw new AppError("DUPLICATE", `Ya existe una PQR con el CUN ${value}`, { field: "cun" });
  return value;
}
