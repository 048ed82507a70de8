import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { type Formatters, useFormatters } from "../../../i18n/format";
import { enumLabel, type LabelGroup } from "../../../i18n/labels";
import { TableScroll } from "../../../ui/TableScroll";
import type { ImportDetail } from "../api/imports-api";

/** Fields whose values are codes, and the labels they read as. */
const CODED_FIELDS: Partial<Record<string, LabelGroup>> = {
  tier: "tiers",
  kind: "productKinds",
  technology: "technologies",
  status: "productStatuses",
};

/** A converted value as a person reads it: labels for codes, Sí/No, es-CO numbers; never JSON. */
function cell(t: TFunction, format: Formatters, field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return enumLabel(t, "booleans", value);
  if (typeof value === "number") return format.number(value);
  const group = CODED_FIELDS[field];
  if (group && typeof value === "string") return enumLabel(t, group, value);
  if (Array.isArray(value)) return value.map(String).join(", ");
  if (typeof value === "object")
    return Object.values(value as Record<string, unknown>)
      .map(String)
      .join(" · ");
  return String(value);
}

/** The first rows read, as the server converted them. */
export function ImportPreviewTable({ preview }: { preview: ImportDetail["preview"] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (preview.length === 0) return null;
  const columns = [...new Set(preview.flatMap((row) => Object.keys(row.data)))];
  return (
    <TableScroll>
      <table className="compact">
        <caption>{t("imports.previewTitle")}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t("imports.row")}
            </th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {enumLabel(t, "importFields", column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.map((row) => (
            <tr key={row.row}>
              <td className="numeric">{format.number(row.row)}</td>
              {columns.map((column) => (
                <td key={column}>{cell(t, format, column, row.data[column])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
