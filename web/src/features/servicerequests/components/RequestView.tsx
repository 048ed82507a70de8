import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useServerEvent } from "../../../api/server-events";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import { BOARD_EVENT } from "../api/servicerequests-api";
import { FormChange } from "./FormChange";
import { RequestForm } from "./RequestForm";
import { StepForm } from "./StepForm";
import { TicketCard } from "./TicketCard";
import { ZoningForm } from "./ZoningForm";

/**
 * One request as every role of seed 001 sees it: its data, its tickets, and the steps this user may take
 * (each with why not); annulled, the re-entry form; executed, the zoning form. Usable on a 390 px phone.
 */
export function RequestView({ id, roles }: { id: string; roles: string[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const navigate = useNavigate();
  const detail = useApiQuery("/api/service-requests/{id}", { path: { id } });
  useServerEvent(BOARD_EVENT, detail.reload);
  if (detail.isLoading && !detail.data) return <Loading />;
  if (!detail.data) return <ErrorAlert error={detail.error} />;
  const { request, tickets, nextSteps } = detail.data;
  const canReenter = request.status === "annulled" && (roles.includes("advisor") || roles.includes("supervisor"));
  const canChangeForm =
    request.workOrderStatus === "closed" &&
    request.status !== "annulled" &&
    (roles.includes("advisor") || roles.includes("supervisor"));
  const canZone = roles.includes("network_dept") && request.workOrderStatus === "closed";
  return (
    <div className="stack request-view" data-testid="request-view">
      <section className="card">
        <h2>
          {t("serviceRequests.requestNumber", { number: request.number })} ·{" "}
          {labelOf(t, "serviceRequests.types", request.requestType)}{" "}
          <span className="badge" data-testid="request-status">
            {labelOf(t, "serviceRequests.statuses", request.status)}
          </span>
        </h2>
        <dl className="facts">
          <dt>{t("serviceRequests.customer")}</dt>
          <dd>
            {request.customerName} · {request.serviceNumber}
          </dd>
          <dt>{t("serviceRequests.address")}</dt>
          <dd>
            {request.address} · {request.zone ?? t("serviceRequests.noZone")}
          </dd>
          <dt>{t("serviceRequests.nearestBox")}</dt>
          <dd>{request.nearestBox ?? t("common.none")}</dd>
          <dt>{t("serviceRequests.seller")}</dt>
          <dd>
            {request.sellerName} · {t("serviceRequests.advisor")}: {request.advisorName}
          </dd>
          <dt>{t("serviceRequests.equipment")}</dt>
          <dd>{request.equipment ?? t("common.none")}</dd>
          <dt>{t("serviceRequests.workOrder")}</dt>
          <dd>
            {request.workOrderNumber ? `OT-${request.workOrderNumber}` : t("common.none")}{" "}
            {request.workOrderStatus ? `· ${labelOf(t, "workOrders.statuses", request.workOrderStatus)}` : ""}
          </dd>
          <dt>{t("serviceRequests.observation")}</dt>
          <dd className="pre-line">{request.observation || t("common.none")}</dd>
          {request.reentryOf ? (
            <>
              <dt>{t("serviceRequests.reentryOf")}</dt>
              <dd className={request.reentryLate ? "text-danger" : undefined} data-testid="reentry-flag">
                {request.reentryLate ? t("serviceRequests.reentryLate") : t("serviceRequests.reentryOnTime")}
              </dd>
            </>
          ) : null}
          {request.annulledAt ? (
            <>
              <dt>{labelOf(t, "serviceRequests.statuses", "annulled")}</dt>
              <dd>
                {format.dateTime(request.annulledAt)} · {request.annulmentReason}
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="stack">
        <h2>{t("serviceRequests.nextSteps")}</h2>
        {nextSteps.length === 0 ? <p className="empty">{t("serviceRequests.noSteps")}</p> : null}
        {nextSteps.map((step) => (
          <StepForm key={step.step} requestId={id} step={step} onDone={detail.reload} />
        ))}
      </section>
      {canReenter ? <RequestForm reentryOf={request} onKeyed={(newId) => navigate(`/solicitudes/${newId}`)} /> : null}
      {canChangeForm ? <FormChange requestId={id} onDone={detail.reload} /> : null}
      {canZone ? <ZoningForm requestId={id} onDone={detail.reload} /> : null}
      <section className="stack">
        <h2>{t("serviceRequests.tickets")}</h2>
        {tickets.map((ticket) => (
          <TicketCard key={ticket.id} ticket={ticket} onDone={detail.reload} />
        ))}
      </section>
    </div>
  );
}
