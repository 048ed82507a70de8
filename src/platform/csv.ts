/** A CSV field: quoted when it holds a separator (comma or semicolon), a quote or a line break. */
export function csvField(value: unknown): string {
  const text = value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
