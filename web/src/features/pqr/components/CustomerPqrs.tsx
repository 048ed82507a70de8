import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useTableState } from "../../../ui/use-table-state";
import { ALL_STATUSES, type PqrSort } from "../api/pqr-api";
import { PqrFileForm } from "./PqrFileForm";
import { PqrTable } from "./PqrTable";

interface CustomerPqrsProps {
  customerId: string;
  products: Array<{ id: string; serviceNumber: string }>;
  canFile: boolean;
}

/** The customer's PQRs on their page (consult, tell the response time) and, for the advisor, the filing form. */
export function CustomerPqrs({ customerId, products, canFile }: CustomerPqrsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [isFiling, setFiling] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const table = useTableState<PqrSort>({ pageSize: 10 });
  const list = useApiQuery("/api/pqrs", { query: { customerId, status: [...ALL_STATUSES], ...table.query } });
  return (
    <section className="card stack" aria-labelledby="customer-pqrs-heading" data-testid="customer-pqrs">
      <div className="panel-heading">
        <h2 id="customer-pqrs-heading">{t("pqr.customerPqrs")}</h2>
        {canFile && !isFiling ? (
          <button type="button" className="button-secondary" data-testid="open-pqr-form" onClick={() => setFiling(true)}>
            {t("pqr.openFileForm")}
          </button>
        ) : null}
      </div>
      {notice ? (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      ) : null}
      {isFiling ? (
        <PqrFileForm
          customerId={customerId}
          products={products}
          onCancel={() => setFiling(false)}
          onFiled={(pqr) => {
            setFiling(false);
            setNotice(t("pqr.filed", { cun: pqr.cun, date: format.date(pqr.dueOn) }));
            list.reload();
          }}
        />
      ) : null}
      <ErrorAlert error={list.error} />
      <PqrTable
        label={t("pqr.customerPqrs")}
        rows={list.data?.items}
        total={list.data?.total ?? 0}
        state={table}
        isLoading={list.isLoading}
        emptyText={t("pqr.customerNone")}
        showCustomer={false}
      />
    </section>
  );
}
