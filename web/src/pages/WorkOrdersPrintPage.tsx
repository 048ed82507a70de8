import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useApiQuery } from "../api/use-api-query";
import { useAsyncAction } from "../api/use-async-action";
import { type PrintedWorkOrder, workOrdersApi, XPRESS_ORIGIN } from "../features/workorders/api/workorders-api";
import { PrintableOrders } from "../features/workorders/components/PrintableOrders";
import "../features/retention/retention.css";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

type Showing = "pending" | "printed";

/**
 * Step 6: the print-ready list of «Servicio de Ingeniería Adecuación por Retención» orders; printing
 * marks them printed. The orders already printed can be printed again (a lost sheet): the server keeps
 * the first print and writes the reprint on each order's timeline.
 */
export function WorkOrdersPrintPage() {
  const { t } = useTranslation();
  usePageTitle(t("workOrders.printTitle"));
  const [showing, setShowing] = useState<Showing>("pending");
  const orders = useApiQuery("/api/work-orders", {
    query: { status: [showing === "pending" ? "open" : "printed"], originType: XPRESS_ORIGIN },
  });
  // What the server printed (with each order's tasks): it is what goes to paper.
  const [sheet, setSheet] = useState<PrintedWorkOrder[] | null>(null);
  const print = useAsyncAction(async (ids: string[]) => {
    setSheet(await workOrdersApi.print({ ids }));
    orders.reload();
  });
  useEffect(() => {
    // Printed once React has drawn the sheet the server answered with.
    if (sheet && sheet.length > 0) window.print();
  }, [sheet]);
  const list = orders.data ?? [];
  const ids = list.map((order) => order.id);
  return (
    <section className="stack" aria-labelledby="page-heading">
      <div className="page-toolbar no-print">
        <Link to="/ordenes">{t("workOrders.backToBoard")}</Link>
        <fieldset className="segmented">
          <legend className="visually-hidden">{t("workOrders.showing")}</legend>
          {(["pending", "printed"] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              className="button-secondary"
              aria-pressed={showing === choice}
              data-testid={`show-${choice}`}
              onClick={() => setShowing(choice)}
            >
              {t(`workOrders.show.${choice}`)}
            </button>
          ))}
        </fieldset>
        <button
          type="button"
          className="button-primary"
          disabled={list.length === 0 || print.isPending}
          data-testid="print-orders"
          onClick={() => void print.run(ids)}
        >
          {showing === "pending"
            ? t("workOrders.print", { count: list.length })
            : t("workOrders.reprint", { count: list.length })}
        </button>
      </div>
      <h1 id="page-heading">{t("workOrders.printTitle")}</h1>
      <ErrorAlert error={orders.error ?? print.error} />
      {orders.isLoading && !orders.data ? <Loading /> : null}
      {orders.data && list.length === 0 ? (
        <p className="empty">{showing === "pending" ? t("workOrders.none") : t("workOrders.noneShowing")}</p>
      ) : null}
      {sheet ? (
        <section className="stack" aria-labelledby="sheet-heading">
          <div className="page-toolbar no-print">
            <h2 id="sheet-heading">{t("workOrders.sheetTitle", { count: sheet.length })}</h2>
            <button
              type="button"
              className="button-secondary"
              data-testid="reprint-sheet"
              disabled={print.isPending}
              onClick={() => void print.run(sheet.map((order) => order.id))}
            >
              {t("workOrders.reprintSheet")}
            </button>
          </div>
          <PrintableOrders orders={sheet} />
        </section>
      ) : (
        <PrintableOrders orders={list} />
      )}
    </section>
  );
}
