import { AppError, fromDatabaseError } from "../../platform/errors.js";

/** Prints an error the way a person at a terminal needs it (Spanish message, row/column) and sets a failing exit code. */
export function reportCliError(thrown: unknown): void {
  // A database refusal (a taken slug, a duplicate email) is said as the API says it.
  const error = thrown instanceof AppError ? thrown : (fromDatabaseError(thrown) ?? thrown);
  if (error instanceof AppError) {
    const where = [
      error.details.row ? `fila ${error.details.row}` : "",
      error.details.field ? `campo ${error.details.field}` : "",
    ]
      .filter(Boolean)
      .join(", ");
    console.error(
      `Error: ${error.title}${error.message !== error.title ? ` — ${error.message}` : ""}${where ? ` (${where})` : ""}`,
    );
  } else {
    console.error(`Error: ${(error as Error).message ?? String(error)}`);
  }
  process.exitCode = 1;
}
