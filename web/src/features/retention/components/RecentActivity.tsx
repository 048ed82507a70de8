import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { procedureStateLabel } from "../../../i18n/steps";
import type { Customer360 } from "../api/retention-api";

/** The customer's cases with their offers, their work orders, their complaints in the campaigns and the last timeline events. */
export function RecentActivity({ view }: { view: Customer360 }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const offerName = new Map(view.explanation.offers.map((offer) => [offer.code, offer.name]));
  return (
    <section className="card" aria-labelledby="r360-activity">
      <h2 id="r360-activity">{t("retention.activityTitle")}</h2>
      {view.cases.length === 0 && view.workOrders.length === 0 && view.complaints.length === 0 ? (
        <p className="empty">{t("retention.noCases")}</p>
      ) : null}
      <ul className="stack">
        {view.cases.map((c) => (
          <li key={c.id}>
            <strong>{t("retention.caseLabel", { number: c.number })}</strong> · {procedureStateLabel(t, "retention", c.state)}
            {c.offers.map((offer) => (
              <div key={offer.id} className="muted">
                {offerName.get(offer.offerCode) ?? offer.offerCode} · {labelOf(t, "retention.offerStatuses", offer.status)}
                {offer.endsAt ? ` · ${t("retention.until", { date: format.dateTime(offer.endsAt) })}` : ""}
                {offer.externalReference ? ` · ${offer.externalReference}` : ""}
              </div>
            ))}
          </li>
        ))}
        {view.workOrders.map((order) => (
          <li key={order.id}>
            <strong>{t("workOrders.number", { number: order.number })}</strong> · {order.activityCode} {order.activityName} ·{" "}
            {labelOf(t, "workOrders.statuses", order.status)}
          </li>
        ))}
        {view.complaints.map((complaint) => (
          <li key={complaint.id} data-testid="r360-complaint">
            <Link to={`/casos/${complaint.id}`}>
              <strong>{t("dispositions.caseTitle", { number: complaint.complaintNumber })}</strong>
            </Link>{" "}
            · {t(`dispositions.statuses.${complaint.status}`)}
            {complaint.stateCode ? ` · ${complaint.stateCode} / ${complaint.motiveCode}` : ""}
            <div className="muted">
              {complaint.reason} · {format.dateTime(complaint.receivedAt)}
            </div>
          </li>
        ))}
      </ul>
      <h3>{t("retention.timelineTitle")}</h3>
      <ol className="timeline" data-testid="r360-timeline">
        {view.timeline.map((event) => (
          <li key={event.id} className="timeline-entry">
            <div className="timeline-meta">
              <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
              <span>
                {event.actorName ?? t("timeline.systemActor")}{" "}
                <span className="muted">· {labelOf(t, "roles", event.actorRole)}</span>
              </span>
            </div>
            <p className="timeline-action">{labelOf(t, "actions", event.action)}</p>
            {event.reason ? <p className="timeline-reason">{event.reason}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
