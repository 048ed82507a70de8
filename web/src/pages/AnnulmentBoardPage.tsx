import { useTranslation } from "react-i18next";
import { ControlBoard } from "../features/servicerequests/components/ControlBoard";
import "../features/servicerequests/servicerequests.css";
import { usePageTitle } from "../ui/use-page-title";

/** Depto. Gestión de Red, Centros de Operaciones, monitoras: the control board of engineering tickets (step 5). */
export function AnnulmentBoardPage() {
  const { t } = useTranslation();
  usePageTitle(t("serviceRequests.boardTitle"));
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("serviceRequests.boardTitle")}</h1>
      <p className="muted">{t("serviceRequests.boardIntro")}</p>
      <ControlBoard />
    </section>
  );
}
