import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { RequestView } from "../features/servicerequests/components/RequestView";
import { useCurrentSession } from "../features/session/hooks/session-context";
import "../features/servicerequests/servicerequests.css";
import { usePageTitle } from "../ui/use-page-title";

/** One service request for whichever role of seed 001 opens it (the technician's on a phone). */
export function ServiceRequestPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { roles } = useCurrentSession();
  usePageTitle(t("serviceRequests.requestsTitle"));
  return (
    <section className="stack phone-screen" aria-labelledby="page-heading">
      <Link to="/anulaciones">{t("serviceRequests.backToBoard")}</Link>
      <h1 id="page-heading" className="visually-hidden">
        {t("serviceRequests.requestsTitle")}
      </h1>
      <RequestView key={id} id={id} roles={roles} />
    </section>
  );
}
