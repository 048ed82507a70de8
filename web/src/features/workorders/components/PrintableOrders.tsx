import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import type { PrintedWorkOrder, WorkOrderItem } from "../api/workorders-api";

/**
 * The printed sheet of step 6: one block per order with everything the technician needs at the
 * customer's door, the tasks to tick (when the server sent them with the print) and a box for the
 * customer's signature and name.
 */
export function PrintableOrders({ orders }: { orders: Array<WorkOrderItem | PrintedWorkOrder> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <div className="print-sheet" data-testid="print-sheet">
      {orders.map((order) => (
        <article key={order.id} className="print-order" data-testid="print-order">
          <h2>
            {t("workOrders.number", { number: order.number })} · {order.activityCode} {order.activityName}
          </h2>
          <dl>
            <dt>{t("workOrders.type")}</dt>
            <dd>{labelOf(t, "workOrders.types", order.orderType)}</dd>
            <dt>{t("workOrders.customer")}</dt>
            <dd>
              {order.customerName} ({order.customerCode})
            </dd>
            <dt>{t("workOrders.phone")}</dt>
            <dd>{order.customerPhone ?? t("common.none")}</dd>
            <dt>{t("workOrders.address")}</dt>
            <dd>{[order.customerAddress, order.customerCity].filter(Boolean).join(", ") || t("common.none")}</dd>
            <dt>{t("workOrders.service")}</dt>
            <dd>
              {order.serviceNumber} · {labelOf(t, "productKinds", order.productKind)} ·{" "}
              {labelOf(t, "technologies", order.technology)}
            </dd>
            <dt>{t("workOrders.payment")}</dt>
            <dd>
              {labelOf(t, "workOrders.payments", order.paymentMethod)} · {t("workOrders.value")}: {format.number(order.value)}
            </dd>
            <dt>{t("workOrders.dueAt")}</dt>
            <dd>{format.dateTime(order.dueAt)}</dd>
            <dt>{t("workOrders.observation")}</dt>
            <dd>{order.observation}</dd>
          </dl>
          {"checklist" in order ? (
            <>
              <h3>{t("workOrders.checklist")}</h3>
              <ul className="print-checklist" data-testid="print-checklist">
                {order.checklist.map((task) => (
                  <li key={task.code}>
                    <span className="print-box" aria-hidden="true" /> {task.name}
                  </li>
                ))}
              </ul>
              <div className="print-signature" data-testid="print-signature">
                <div className="print-signature-box">{t("workOrders.customerSignature")}</div>
                <p>{t("workOrders.signerLine")}</p>
                <p>{t("workOrders.dateLine")}</p>
              </div>
            </>
          ) : null}
        </article>
      ))}
    </div>
  );
}
