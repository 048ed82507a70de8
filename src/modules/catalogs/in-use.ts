import type { CatalogIssue } from "./registry.js";

/**
 * The "retire, don't delete" rule of catalogs whose rows cases use: every code of `previous` that is
 * missing from `next` and is in `used` is an issue at `path` (e.g. `offers`). Pure.
 */
export function removedCodesInUse(
  previous: readonly string[],
  next: readonly string[],
  used: ReadonlySet<string>,
  path: string,
  what: string,
): CatalogIssue[] {
  const kept = new Set(next);
  return previous
    .filter((code) => !kept.has(code) && used.has(code))
    .map((code) => ({
      path,
      message: `${what} «${code}» ya se usa; márquelo como retirado ("retired": true) en lugar de eliminarlo`,
    }));
}
