import { useTranslation } from "react-i18next";
import { CustomerSearch } from "../features/customers/components/CustomerSearch";
import { usePageTitle } from "../ui/use-page-title";

const retentionPath = (id: string) => `/retencion/${id}`;

export function RetentionPage() {
  const { t } = useTranslation();
  usePageTitle(t("retention.title"));
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("retention.title")}</h1>
      <p className="muted">{t("retention.intro")}</p>
      <CustomerSearch label={t("retention.searchLabel")} resultPath={retentionPath} />
    </section>
  );
}
