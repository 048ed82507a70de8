import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { BillingPanel } from "../features/customers/components/BillingPanel";
import { ClaimsTable } from "../features/customers/components/ClaimsTable";
import { CustomerProfile } from "../features/customers/components/CustomerProfile";
import { CustomerWarnings } from "../features/customers/components/CustomerWarnings";
import { ProductsTable } from "../features/customers/components/ProductsTable";
import { useCustomer } from "../features/customers/hooks/use-customers";
import { CustomerPqrs } from "../features/pqr/components/CustomerPqrs";
import { usePermission } from "../features/session/hooks/session-context";
import { useTenantCurrency } from "../features/tenants/hooks/use-tenant-currency";
import { OpenTimelineButton } from "../features/timeline/components/OpenTimelineButton";
import { TimelinePanel } from "../features/timeline/components/TimelinePanel";
import { useTimelineToggle } from "../features/timeline/hooks/use-timeline-toggle";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

export function CustomerPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data: customer, error, isLoading } = useCustomer(id);
  const currency = useTenantCurrency();
  const timeline = useTimelineToggle();
  const canAttend = usePermission("retention:work");
  const canReadPqr = usePermission("pqr:read");
  const canFilePqr = usePermission("pqr:file");
  usePageTitle(customer?.fullName ?? t("customers.title"));

  return (
    <div className={timeline.isOpen ? "customer-page with-aside" : "customer-page"}>
      <div className="page-toolbar">
        <Link to="/clientes">{t("customers.backToSearch")}</Link>
        {customer && canAttend ? (
          <Link to={`/retencion/${customer.id}`} data-testid="attend-cancellation">
            {t("retention.attend")}
          </Link>
        ) : null}
        {customer ? <OpenTimelineButton toggle={timeline} /> : null}
      </div>
      <ErrorAlert error={error} />
      {isLoading ? <Loading /> : null}
      {customer ? (
        <>
          <div className="customer-main">
            <CustomerProfile customer={customer} />
            <CustomerWarnings customer={customer} />
            <ProductsTable products={customer.products} currency={currency} />
            <ClaimsTable claims={customer.claims} products={customer.products} />
            <BillingPanel billing={customer.billing} average={customer.billingAverage} currency={currency} />
            {canReadPqr ? <CustomerPqrs customerId={customer.id} products={customer.products} canFile={canFilePqr} /> : null}
          </div>
          {timeline.isOpen ? (
            <aside className="customer-aside">
              <TimelinePanel
                id={timeline.panelId}
                ref={timeline.panelRef}
                subject={{ kind: "customer", customerId: customer.id }}
                onClose={timeline.close}
              />
            </aside>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
