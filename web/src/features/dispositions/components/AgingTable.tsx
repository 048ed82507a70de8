import { useTranslation } from "react-i18next";
import { TableScroll } from "../../../ui/TableScroll";
import type { AgingRow } from "../api/campaigns-api";

/** How old the open cases are, for the whole campaign and per holder (the pool apart). */
export function AgingTable({ rows }: { rows: AgingRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0 || rows.every((r) => r.cases === 0)) return <p className="empty">{t("dispositions.noOpenCases")}</p>;
  const ordered = [...rows.filter((r) => r.grain === "total"), ...rows.filter((r) => r.grain !== "total")];
  return (
    <TableScroll>
      <table data-testid="aging-table">
        <thead>
          <tr>
            <th scope="col">{t("dispositions.holder")}</th>
            <th scope="col">{t("dispositions.openCases")}</th>
            <th scope="col">{t("dispositions.pendingCases")}</th>
            <th scope="col">{t("dispositions.aging.underOneDay")}</th>
            <th scope="col">{t("dispositions.aging.oneToThree")}</th>
            <th scope="col">{t("dispositions.aging.threeToFive")}</th>
            <th scope="col">{t("dispositions.aging.overFive")}</th>
            <th scope="col">{t("dispositions.aging.breached")}</th>
            <th scope="col">{t("dispositions.aging.oldest")}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((row) => (
            <tr key={`${row.grain}:${row.advisorId ?? "pool"}`} className={row.buckets.overFive > 0 ? "row-warning" : undefined}>
              <th scope="row">
                {row.grain === "total" ? t("dispositions.allCases") : (row.advisorName ?? t("dispositions.pool"))}
              </th>
              <td className="numeric">{row.cases}</td>
              <td className="numeric">{row.pending}</td>
              <td className="numeric">{row.buckets.underOneDay}</td>
              <td className="numeric">{row.buckets.oneToThree}</td>
              <td className="numeric">{row.buckets.threeToFive}</td>
              <td className="numeric">{row.buckets.overFive}</td>
              <td className="numeric">{row.pendingClosingBreached}</td>
              <td className="numeric">{row.oldestDays}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
