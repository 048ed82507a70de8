import { describeCliError } from "../../platform/cli-errors.js";

export { describeCliError };

/** Prints an error the way a person at a terminal needs it (Spanish, no stack) and sets a failing exit code. */
export function reportCliError(thrown: unknown): void {
  console.error(describeCliError(thrown));
  if (process.env.FIDELIZA_DEBUG === "1") console.error(thrown);
  process.exitCode = 1;
}
