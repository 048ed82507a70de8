import type { TFunction } from "i18next";
import { labelOf } from "../../../i18n/labels";

/**
 * Drill-down columns and breakdown values that carry a code rather than words: the i18n group that names
 * them (labelOf), for every indicator or — `<indicator code>:<key>` — for one. Catalog data (a cause's name)
 * is named in the rows SQL instead; these are the product's own enumerations.
 */
const CODE_GROUPS: Readonly<Record<string, string>> = {
  area: "serviceRequests.areas",
  list_type: "outbound.listTypes",
  attendance: "attendances",
  "servicerequests.annulment_avoidance:team": "serviceRequests.teams",
};

/** The words for `value` of column or dimension `key` of indicator `code`; other values unchanged. */
export function indicatorText(t: TFunction, code: string, key: string, value: string): string {
  const group = CODE_GROUPS[`${code}:${key}`] ?? CODE_GROUPS[key];
  return group ? labelOf(t, group, value) : value;
}
