import { useTranslation } from "react-i18next";
import { BillingPanel } from "../../customers/components/BillingPanel";
import { ClaimsTable } from "../../customers/components/ClaimsTable";
import { ProductsTable } from "../../customers/components/ProductsTable";
import { useCustomer } from "../../customers/hooks/use-customers";
import { useTenantCurrency } from "../../tenants/hooks/use-tenant-currency";

/**
 * The customer of the call, on the case page: products, recent claims and bills, so the advisor does not
 * leave the case to see them. Shown to users who may read customers.
 */
export function CustomerOnCall({ customerId, serviceNumber }: { customerId: string; serviceNumber: string }) {
  const { t } = useTranslation();
  const { data: customer } = useCustomer(customerId);
  const currency = useTenantCurrency();
  if (!customer) return null;
  const ofCase = customer.products.filter((product) => product.serviceNumber === serviceNumber).map((product) => product.id);
  return (
    <section className="stack" aria-label={t("dispositions.customerOnCall")} data-testid="customer-on-call">
      <ProductsTable
        products={customer.products}
        currency={currency}
        marks={{ ids: new Set(ofCase), label: t("dispositions.productOfCase") }}
      />
      <ClaimsTable claims={customer.claims} products={customer.products} />
      <BillingPanel billing={customer.billing} average={customer.billingAverage} currency={currency} />
    </section>
  );
}
