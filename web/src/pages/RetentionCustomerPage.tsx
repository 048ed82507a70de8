import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useApiQuery } from "../api/use-api-query";
import { CaseFlow } from "../features/retention/components/CaseFlow";
import { CustomerSnapshot } from "../features/retention/components/CustomerSnapshot";
import { ProductsAndClaims } from "../features/retention/components/ProductsAndClaims";
import { RecentActivity } from "../features/retention/components/RecentActivity";
import "../features/retention/retention.css";
import { useTenantCurrency } from "../features/tenants/hooks/use-tenant-currency";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** The advisor's one screen during the call: the 360 on the left, the procedure on the right. */
export function RetentionCustomerPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const view = useApiQuery("/api/retention/customers/{id}/360", { path: { id } });
  const currency = useTenantCurrency();
  usePageTitle(view.data?.customer.fullName ?? t("retention.title"));
  return (
    <div className="stack">
      <div className="page-toolbar">
        <Link to="/retencion">{t("retention.backToSearch")}</Link>
      </div>
      <ErrorAlert error={view.error} />
      {view.isLoading && !view.data ? <Loading /> : null}
      {view.data ? (
        <div className="retention-screen">
          <div className="stack">
            <CustomerSnapshot view={view.data} currency={currency} />
            <ProductsAndClaims view={view.data} currency={currency} />
          </div>
          <div className="stack">
            <CaseFlow key={view.data.openCaseId ?? "new"} view={view.data} reload={view.reload} />
            <RecentActivity view={view.data} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
