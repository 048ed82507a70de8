import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useApiQuery } from "../api/use-api-query";
import { PqrSteps } from "../features/pqr/components/PqrSteps";
import { PqrSummary } from "../features/pqr/components/PqrSummary";
import { usePermission } from "../features/session/hooks/session-context";
import { useTenantCurrency } from "../features/tenants/hooks/use-tenant-currency";
import { TimelinePanel } from "../features/timeline/components/TimelinePanel";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** One PQR: its record, the steps the user can take (the answer form among them) and its timeline. */
export function PqrPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const pqr = useApiQuery("/api/pqrs/{id}", { path: { id } });
  const currency = useTenantCurrency();
  const canWork = usePermission("pqr:work");
  const canSeeCustomer = usePermission("customers:read");
  usePageTitle(pqr.data ? t("pqr.pageTitle", { cun: pqr.data.cun }) : t("pqr.worklistTitle"));
  return (
    <div className="customer-page with-aside">
      <div className="page-toolbar">
        {canWork ? <Link to="/pqr">{t("pqr.backToWorklist")}</Link> : null}
        {pqr.data && canSeeCustomer ? <Link to={`/clientes/${pqr.data.customerId}`}>{t("pqr.backToCustomer")}</Link> : null}
      </div>
      <ErrorAlert error={pqr.error} />
      {pqr.isLoading && !pqr.data ? <Loading /> : null}
      {pqr.data ? (
        <>
          <div className="customer-main">
            <PqrSummary pqr={pqr.data} currency={currency} />
            <PqrSteps pqr={pqr.data} onDone={pqr.reload} />
          </div>
          <aside className="customer-aside">
            <TimelinePanel
              key={`${pqr.data.status}-${pqr.data.files.length}`}
              subject={{ kind: "subject", subjectType: "pqr", subjectId: pqr.data.id }}
            />
          </aside>
        </>
      ) : null}
    </div>
  );
}
