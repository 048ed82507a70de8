import { useTranslation } from "react-i18next";
import { CunRangeForm } from "../features/pqr/components/CunRangeForm";
import { usePageTitle } from "../ui/use-page-title";

/** Administration: the CUN range the authority assigned to the operator. */
export function PqrCunRangePage() {
  const { t } = useTranslation();
  usePageTitle(t("pqr.range.title"));
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("pqr.range.title")}</h1>
      <p className="muted">{t("pqr.range.intro")}</p>
      <CunRangeForm />
    </section>
  );
}
