/**
 * The ILIKE pattern of "contains this text": the user's own `%`, `_` and `\` are escaped, so a search for
 * "50%" finds "50%" and not everything that starts with 50.
 */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
