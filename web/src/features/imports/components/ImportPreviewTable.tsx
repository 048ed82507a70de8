import { useTranslation } from "react-i18next";
import { TableScroll } from "../../../ui/TableScroll";
import type { ImportDetail } from "../api/imports-api";

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** The first rows read, as the server converted them. */
export function ImportPreviewTable({ preview }: { preview: ImportDetail["preview"] }) {
  const { t } = useTranslation();
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
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.map((row) => (
            <tr key={row.row}>
              <td className="numeric">{row.row}</td>
              {columns.map((column) => (
                <td key={column}>{cell(row.data[column])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
