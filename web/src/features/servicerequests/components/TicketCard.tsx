import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { serviceRequestsApi, type TicketItem } from "../api/servicerequests-api";

/** An engineering ticket: what was observed and asked for, its same-day deadline, and — open — the form to close it as attended (4.2). */
export function TicketCard({ ticket, onDone }: { ticket: TicketItem; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [resolution, setResolution] = useState("");
  const [correction, setCorrection] = useState("");
  const attend = useAsyncAction(async () => {
    await serviceRequestsApi.attend(ticket.id, {
      resolution,
      correction: correction.trim() ? { observation: correction } : undefined,
    });
    onDone();
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void attend.run();
  }
  return (
    <article className="card ticket-card" data-testid="ticket-card">
      <h3>
        {t("serviceRequests.ticketNumber", { number: ticket.number })} · {labelOf(t, "serviceRequests.teams", ticket.team)}{" "}
        <span className={`badge phase-${ticket.phase}`}>{labelOf(t, "serviceRequests.phases", ticket.phase)}</span>
      </h3>
      <p className="muted">
        {labelOf(t, "serviceRequests.areas", ticket.area)} · {t("serviceRequests.seedStep", { step: ticket.seedStep })} ·{" "}
        {labelOf(t, "serviceRequests.ticketStatuses", ticket.status)} · {t("serviceRequests.dueAt")}{" "}
        {format.dateTime(ticket.dueAt)}
      </p>
      <p>{ticket.observation}</p>
      {ticket.dataRequested.length ? (
        <p>
          {t("serviceRequests.dataRequested")}:{" "}
          {ticket.dataRequested.map((d) => labelOf(t, "serviceRequests.data", d)).join(", ")}
        </p>
      ) : null}
      {Object.keys(ticket.details).length ? (
        <ul>
          {Object.entries(ticket.details).map(([key, value]) => (
            <li key={key}>{String(value)}</li>
          ))}
        </ul>
      ) : null}
      {ticket.resolution ? (
        <p>
          {ticket.attendedRole ? `${t("serviceRequests.attended", { role: labelOf(t, "roles", ticket.attendedRole) })}: ` : ""}
          {ticket.resolution}
        </p>
      ) : null}
      {ticket.status === "open" ? (
        <form className="form-grid" onSubmit={submit}>
          <label className="field">
            {t("serviceRequests.resolution")}
            <textarea
              required
              value={resolution}
              onChange={(e) => setResolution(e.target.value)}
              data-testid="attend-resolution"
            />
          </label>
          <label className="field">
            {t("serviceRequests.correction")}
            <input value={correction} onChange={(e) => setCorrection(e.target.value)} />
          </label>
          <ErrorAlert error={attend.error} />
          <button type="submit" className="button-primary" disabled={attend.isPending} data-testid="attend">
            {t("serviceRequests.attend")}
          </button>
        </form>
      ) : null}
    </article>
  );
}
