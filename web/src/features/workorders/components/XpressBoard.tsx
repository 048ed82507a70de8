import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { TableScroll } from "../../../ui/TableScroll";
import { useNow } from "../../../ui/use-now";
import { deadlinePhase, formatCountdown } from "../../deadlines/deadline-phase";
import type { WorkOrderItem } from "../api/workorders-api";

const ROW_CLASS: Partial<Record<string, string>> = { at_risk: "board-at-risk", breached: "board-breached" };

/**
 * The supervisor's board of the Xpress orders still to be done: a live countdown to the 24-hour deadline,
 * at risk and breached as the deadline service reckons them (its at-risk mark, its pauses).
 */
export function XpressBoard({ orders }: { orders: WorkOrderItem[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow(1000);
  if (orders.length === 0) return <p className="empty">{t("workOrders.none")}</p>;
  return (
    <TableScroll>
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
            const phase = deadlinePhase({ status: order.deadlineStatus, dueAt: order.dueAt, atRiskAt: order.atRiskAt }, now);
            const left = Date.parse(order.dueAt) - now;
            return (
              <tr key={order.id} className={ROW_CLASS[phase]} data-testid="board-row" data-breached={phase === "breached"}>
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
                  {phase === "breached" ? (
                    <span className="badge badge-danger">{t("workOrders.overdue", { time: formatCountdown(left) })}</span>
                  ) : phase === "on_time" || phase === "at_risk" ? (
                    t("workOrders.remaining", { time: formatCountdown(left) })
                  ) : (
                    <span className={`badge phase-${phase}`}>{labelOf(t, "deadlinePhases", phase)}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
