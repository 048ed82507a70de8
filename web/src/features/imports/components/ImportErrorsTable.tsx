import { useTranslation } from "react-i18next";
import { TableScroll } from "../../../ui/TableScroll";
import type { ImportIssue } from "../api/imports-api";

/** Every error by row and column (row 0 is the file or its header). */
export function ImportErrorsTable({ errors }: { errors: ImportIssue[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll>
      <table>
        <caption>{t("imports.errorsTitle")}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t("imports.row")}
            </th>
            <th scope="col">{t("imports.column")}</th>
            <th scope="col">{t("imports.message")}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((issue, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: errors may repeat row, column and text; the list only grows at its end.
            <tr key={index}>
              <td className="numeric">{issue.row === 0 ? t("imports.fileRow") : issue.row}</td>
              <td>{issue.column ?? t("common.none")}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
