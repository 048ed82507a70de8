import { useTranslation } from "react-i18next";
import { RetentionSearch } from "../features/retention/components/RetentionSearch";
import { usePageTitle } from "../ui/use-page-title";

export function RetentionPage() {
  const { t } = useTranslation();
  usePageTitle(t("retention.title"));
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("retention.title")}</h1>
      <p className="muted">{t("retention.intro")}</p>
      <RetentionSearch />
    </section>
  );
}
