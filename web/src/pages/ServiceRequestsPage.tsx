import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useServerEvent } from "../api/server-events";
import { useApiQuery } from "../api/use-api-query";
import { BOARD_EVENT } from "../features/servicerequests/api/servicerequests-api";
import { RequestForm } from "../features/servicerequests/components/RequestForm";
import { usePermission } from "../features/session/hooks/session-context";
import "../features/servicerequests/servicerequests.css";
import { labelOf } from "../i18n/labels";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** Asesor comercial and everyone who looks a request up: the requests, and for the advisor the form to key one (step 1). */
export function ServiceRequestsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t("serviceRequests.requestsTitle"));
  const canKey = usePermission("servicerequests:key");
  const [search, setSearch] = useState("");
  const list = useApiQuery("/api/service-requests", { query: { search: search.trim() || undefined, limit: 50 } });
  useServerEvent(BOARD_EVENT, list.reload);
  return (
    <section className="stack phone-screen" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("serviceRequests.requestsTitle")}</h1>
      <p className="muted">{t("serviceRequests.requestsIntro")}</p>
      {canKey ? <RequestForm onKeyed={(id) => navigate(`/solicitudes/${id}`)} /> : null}
      <label className="field">
        {t("serviceRequests.filter")}
        <input value={search} onChange={(e) => setSearch(e.target.value)} data-testid="request-search" />
      </label>
      <ErrorAlert error={list.error} />
      {list.isLoading && !list.data ? <Loading /> : null}
      {list.data?.length === 0 ? <p className="empty">{t("serviceRequests.noRequests")}</p> : null}
      <ul className="request-list">
        {list.data?.map((r) => (
          <li key={r.id} className="card" data-testid="request-item">
            <Link to={`/solicitudes/${r.id}`}>{t("serviceRequests.requestNumber", { number: r.number })}</Link> ·{" "}
            {labelOf(t, "serviceRequests.types", r.requestType)} · {labelOf(t, "serviceRequests.statuses", r.status)}
            <div className="muted">
              {r.customerName} · {r.address} · {r.zone ?? t("serviceRequests.noZone")}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
