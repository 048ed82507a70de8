import { useTranslation } from "react-i18next";
import { PqrWorklist } from "../features/pqr/components/PqrWorklist";
import { usePageTitle } from "../ui/use-page-title";

/** The PQR area's worklist. */
export function PqrWorklistPage() {
  const { t } = useTranslation();
  usePageTitle(t("pqr.worklistTitle"));
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("pqr.worklistTitle")}</h1>
      <p className="muted">{t("pqr.worklistIntro")}</p>
      <PqrWorklist />
    </section>
  );
}
