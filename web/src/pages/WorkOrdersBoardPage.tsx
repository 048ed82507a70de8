import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useServerEvent } from "../api/server-events";
import { useApiQuery } from "../api/use-api-query";
import { XPRESS_ORIGIN } from "../features/workorders/api/workorders-api";
import { XpressBoard } from "../features/workorders/components/XpressBoard";
import "../features/retention/retention.css";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** Supervisor Centro de Operaciones: the Xpress orders with their 24-hour countdown. */
export function WorkOrdersBoardPage() {
  const { t } = useTranslation();
  usePageTitle(t("workOrders.boardTitle"));
  // The orders still to be done (closed ones leave the board; their timeline keeps whether they were on time).
  const orders = useApiQuery("/api/work-orders", { query: { status: ["open", "printed"], originType: XPRESS_ORIGIN } });
  // An order's deadline breached or was met elsewhere: refresh the statuses (the countdown runs locally).
  useServerEvent("deadline.breached", orders.reload);
  return (
    <section className="stack" aria-labelledby="page-heading">
      <div className="page-toolbar">
        <h1 id="page-heading">{t("workOrders.boardTitle")}</h1>
        <Link to="/ordenes/imprimir" className="button-primary" data-testid="go-print">
          {t("workOrders.printList")}
        </Link>
      </div>
      <p className="muted">{t("workOrders.boardIntro")}</p>
      <ErrorAlert error={orders.error} />
      {orders.isLoading && !orders.data ? <Loading /> : null}
      {orders.data ? <XpressBoard orders={orders.data} /> : null}
    </section>
  );
}
