export interface FieldChange {
  /** The changed key; empty when the whole value is not an object. */
  field: string;
  before: unknown;
  after: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The keys whose values differ between an event's `before` and `after` (a creation lists every key of `after`). */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  if (isRecord(before) || isRecord(after)) {
    const previous = isRecord(before) ? before : {};
    const next = isRecord(after) ? after : {};
    const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])];
    return fields
      .filter((field) => !same(previous[field], next[field]))
      .map((field) => ({ field, before: previous[field], after: next[field] }));
  }
  if (same(before, after)) return [];
  return [{ field: "", before, after }];
}
