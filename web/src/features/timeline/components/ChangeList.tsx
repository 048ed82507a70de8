import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { labelOf } from "../../../i18n/labels";
import type { FieldChange } from "../changed-fields";

/** Fields whose values are codes with a translation group (unknown codes still show as is). */
const CODED_FIELDS: Record<string, string> = {
  tier: "tiers",
  kind: "productKinds",
  technology: "technologies",
  status: "productStatuses",
};

function describe(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return t("common.none");
  if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
  const group = CODED_FIELDS[field];
  if (typeof value === "string" && group) return labelOf(t, group, value);
  if (typeof value === "string" || typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** before → after, one line per changed key. */
export function ChangeList({ changes }: { changes: FieldChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <dl className="changes">
      {changes.map((change) => (
        <div key={change.field}>
          <dt>{change.field ? labelOf(t, "fields", change.field) : t("timeline.value")}</dt>
          <dd>
            {change.before === undefined ? null : (
              <>
                <del>{describe(t, change.field, change.before)}</del>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden">{t("timeline.changedTo")}</span>
              </>
            )}
            <ins>{describe(t, change.field, change.after)}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}
