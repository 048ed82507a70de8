import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import type { PqrItem } from "../api/pqr-api";
import { ClockBadge } from "./ClockBadge";

const ROW_CLASS: Partial<Record<PqrItem["clockStatus"], string>> = { at_risk: "row-warning", past_due: "row-danger" };

/** PQRs as rows: CUN (opens the PQR), type, customer, what is asked, status, due day and clock. */
export function PqrTable({ items, showCustomer = true }: { items: PqrItem[]; showCustomer?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div className="table-scroll">
      <table data-testid="pqr-table">
        <thead>
          <tr>
            <th scope="col">{t("pqr.cun")}</th>
            <th scope="col">{t("pqr.type")}</th>
            {showCustomer ? <th scope="col">{t("pqr.customer")}</th> : null}
            <th scope="col">{t("pqr.subject")}</th>
            <th scope="col">{t("pqr.status")}</th>
            <th scope="col">{t("pqr.dueOn")}</th>
            <th scope="col">{t("pqr.clock")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={ROW_CLASS[item.clockStatus]} data-testid="pqr-row">
              <td>
                <Link to={`/pqr/${item.id}`}>{item.cun}</Link>
                <div className="muted">{t("pqr.number", { number: String(item.number).padStart(6, "0") })}</div>
              </td>
              <td>{labelOf(t, "pqr.types", item.type)}</td>
              {showCustomer ? <td>{item.customerName}</td> : null}
              <td>{item.subject}</td>
              <td>{labelOf(t, "pqr.statuses", item.status)}</td>
              <td>{format.date(item.dueOn)}</td>
              <td>
                <ClockBadge status={item.clockStatus} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
