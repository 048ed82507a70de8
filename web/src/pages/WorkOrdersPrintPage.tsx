import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useApiQuery } from "../api/use-api-query";
import { useAsyncAction } from "../api/use-async-action";
import { workOrdersApi, XPRESS_ORIGIN } from "../features/workorders/api/workorders-api";
import { PrintableOrders } from "../features/workorders/components/PrintableOrders";
import "../features/retention/retention.css";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** Step 6: the print-ready list of «Servicio de Ingeniería Adecuación por Retención» orders; printing marks them printed. */
export function WorkOrdersPrintPage() {
  const { t } = useTranslation();
  usePageTitle(t("workOrders.printTitle"));
  // The orders not printed yet; once printed they leave this list (the board keeps showing them).
  const orders = useApiQuery("/api/work-orders", { query: { status: ["open"], originType: XPRESS_ORIGIN } });
  const print = useAsyncAction(async (ids: string[]) => {
    await workOrdersApi.print({ ids });
    // The sheet on screen is what goes to paper; the list is refreshed after the print dialog closes.
    window.print();
    orders.reload();
  });
  const list = orders.data ?? [];
  return (
    <section className="stack" aria-labelledby="page-heading">
      <div className="page-toolbar no-print">
        <Link to="/ordenes">{t("workOrders.backToBoard")}</Link>
        <button
          type="button"
          className="button-primary"
          disabled={list.length === 0 || print.isPending}
          data-testid="print-orders"
          onClick={() => void print.run(list.map((order) => order.id))}
        >
          {t("workOrders.print", { count: list.length })}
        </button>
      </div>
      <h1 id="page-heading">{t("workOrders.printTitle")}</h1>
      <ErrorAlert error={orders.error ?? print.error} />
      {orders.isLoading && !orders.data ? <Loading /> : null}
      {orders.data && list.length === 0 ? <p className="empty">{t("workOrders.none")}</p> : null}
      <PrintableOrders orders={list} />
    </section>
  );
}
