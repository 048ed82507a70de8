import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { TableScroll } from "../../../ui/TableScroll";
import type { ImportSummary } from "../api/imports-api";

interface ImportHistoryProps {
  imports: ImportSummary[];
  onOpen: (id: string) => void;
}

/** Past imports, newest first; each can be reopened to review or confirm it. */
export function ImportHistory({ imports, onOpen }: ImportHistoryProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (imports.length === 0) return <p className="empty">{t("imports.noHistory")}</p>;
  return (
    <TableScroll>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("imports.createdAt")}</th>
            <th scope="col">{t("imports.fileName")}</th>
            <th scope="col">{t("imports.kind")}</th>
            <th scope="col">{t("imports.status")}</th>
            <th scope="col" className="numeric">
              {t("imports.rows")}
            </th>
            <th scope="col" className="numeric">
              {t("imports.errors")}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t("common.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {imports.map((item) => (
            <tr key={item.id}>
              <td>{format.dateTime(item.createdAt)}</td>
              <td>{item.fileName}</td>
              <td>{labelOf(t, "importKinds", item.kind)}</td>
              <td>
                <span className={`badge import-${item.status}`}>{labelOf(t, "importStatuses", item.status)}</span>
              </td>
              <td className="numeric">{format.number(item.totalRows)}</td>
              <td className="numeric">{format.number(item.errorCount)}</td>
              <td>
                <button
                  type="button"
                  className="button-link"
                  aria-label={t("imports.openImport", { file: item.fileName })}
                  onClick={() => onOpen(item.id)}
                >
                  {t("imports.open")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
