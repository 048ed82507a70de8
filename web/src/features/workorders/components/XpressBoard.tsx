import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { useNow } from "../../../ui/use-now";
import { formatCountdown } from "../../deadlines/deadline-phase";
import type { WorkOrderItem } from "../api/workorders-api";

const AT_RISK_MS = 4 * 3_600_000;

/** The supervisor's board of Xpress orders: a live countdown to the 24-hour deadline, breaches highlighted. */
export function XpressBoard({ orders }: { orders: WorkOrderItem[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow(1000);
  if (orders.length === 0) return <p className="empty">{t("workOrders.none")}</p>;
  return (
    <div className="table-scroll">
      <table data-testid="xpress-board">
        <thead>
          <tr>
            <th scope="col">{t("workOrders.order")}</th>
            <th scope="col">{t("workOrders.customer")}</th>
            <th scope="col">{t("workOrders.service")}</th>
            <th scope="col">{t("workOrders.status")}</th>
            <th scope="col">{t("workOrders.dueAt")}</th>
            <th scope="col">{t("workOrders.countdown")}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => {
            const left = Date.parse(order.dueAt) - now;
            const breached = order.closedAt === null ? left < 0 : order.isBreached;
            const rowClass = breached
              ? "board-breached"
              : order.closedAt === null && left < AT_RISK_MS
                ? "board-at-risk"
                : undefined;
            return (
              <tr key={order.id} className={rowClass} data-testid="board-row" data-breached={breached}>
                <td>
                  {t("workOrders.number", { number: order.number })}
                  <div className="muted">
                    {order.activityCode} {order.activityName}
                  </div>
                </td>
                <td>
                  {order.customerName}
                  <div className="muted">{order.customerPhone ?? t("common.none")}</div>
                </td>
                <td>{order.serviceNumber}</td>
                <td>{labelOf(t, "workOrders.statuses", order.status)}</td>
                <td>{format.dateTime(order.dueAt)}</td>
                <td>
                  {order.closedAt !== null ? (
                    breached ? (
                      <span className="badge badge-danger">{t("workOrders.closedLate")}</span>
                    ) : (
                      <span className="badge status-active">{t("workOrders.closedOnTime")}</span>
                    )
                  ) : breached ? (
                    <span className="badge badge-danger">{t("workOrders.overdue", { time: formatCountdown(left) })}</span>
                  ) : (
                    t("workOrders.remaining", { time: formatCountdown(left) })
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
