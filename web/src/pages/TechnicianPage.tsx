import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { TechnicianOrder } from "../features/workorders/components/TechnicianOrder";
import { useFormatters } from "../i18n/format";
import "../features/retention/retention.css";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** Técnico multiservicios: today's printed orders on a phone-sized screen; one opens to its checklist and signature. */
export function TechnicianPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  usePageTitle(t("workOrders.technicianTitle"));
  const orders = useApiQuery("/api/work-orders", { query: { status: ["printed"] } });
  const [openId, setOpenId] = useState<string | null>(null);
  const [closedNumber, setClosedNumber] = useState<number | null>(null);
  return (
    <section className="stack phone-screen" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("workOrders.technicianTitle")}</h1>
      {closedNumber !== null ? (
        <p className="alert alert-success" role="status" data-testid="order-closed">
          {t("workOrders.closedMessage", { number: closedNumber })}
        </p>
      ) : null}
      <ErrorAlert error={orders.error} />
      {orders.isLoading && !orders.data ? <Loading /> : null}
      {openId ? (
        <>
          <button type="button" className="button-link" onClick={() => setOpenId(null)}>
            {t("workOrders.backToList")}
          </button>
          <TechnicianOrder
            id={openId}
            onClosed={() => {
              setClosedNumber(orders.data?.find((o) => o.id === openId)?.number ?? null);
              setOpenId(null);
              orders.reload();
            }}
          />
        </>
      ) : (
        <ul className="stack">
          {(orders.data ?? []).map((order) => (
            <li key={order.id}>
              <button
                type="button"
                className="order-card result-link"
                data-testid="technician-order-item"
                onClick={() => setOpenId(order.id)}
              >
                <span className="result-name">
                  {t("workOrders.number", { number: order.number })} · {order.customerName}
                </span>
                <span className="result-meta">
                  {order.customerAddress ?? t("common.none")} · {t("workOrders.dueAt")}: {format.dateTime(order.dueAt)}
                </span>
              </button>
            </li>
          ))}
          {orders.data && orders.data.length === 0 ? <li className="empty">{t("workOrders.noneToday")}</li> : null}
        </ul>
      )}
    </section>
  );
}
