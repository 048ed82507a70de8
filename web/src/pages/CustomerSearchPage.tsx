import { useTranslation } from "react-i18next";
import { CustomerSearch } from "../features/customers/components/CustomerSearch";
import { usePageTitle } from "../ui/use-page-title";

export function CustomerSearchPage() {
  const { t } = useTranslation();
  usePageTitle(t("customers.title"));
  return (
    <section aria-labelledby="page-heading">
      <h1 id="page-heading">{t("customers.title")}</h1>
      <CustomerSearch />
    </section>
  );
}
