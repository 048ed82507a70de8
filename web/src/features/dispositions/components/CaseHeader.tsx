import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormatters } from "../../../i18n/format";
import { useCurrentSession } from "../../session/hooks/session-context";
import type { CaseDetail } from "../api/cases-api";
import { CaseStatusBadge } from "./CaseStatusBadge";

/** The complaint, the customer and its service, where the case stands and who holds it. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  // Seed 000's 360 and procedure for the same customer, for an advisor who retains them on this call.
  const canOpenRetention = useCurrentSession().permissions.includes("retention:read");
  return (
    <section className="card" aria-labelledby="case-heading">
      <div className="panel-heading">
        <h1 id="case-heading" data-testid="case-heading">
          {t("dispositions.caseTitle", { number: detail.complaintNumber })}
        </h1>
        <CaseStatusBadge item={detail} />
      </div>
      <dl className="details">
        <dt>{t("dispositions.customer")}</dt>
        <dd>
          <Link to={`/clientes/${detail.customerId}`}>{detail.customerName}</Link> ({detail.customerCode})
          {canOpenRetention ? (
            <>
              {" · "}
              <Link to={`/retencion/${detail.customerId}`} data-testid="case-open-retention">
                {t("dispositions.openRetention")}
              </Link>
            </>
          ) : null}
        </dd>
        <dt>{t("dispositions.phone")}</dt>
        <dd>
          {detail.customerPhone ? (
            <a href={`tel:${detail.customerPhone}`} data-testid="case-dial">
              {t("dispositions.dial", { phone: detail.customerPhone })}
            </a>
          ) : (
            "—"
          )}
        </dd>
        <dt>{t("dispositions.serviceNumber")}</dt>
        <dd>{detail.serviceNumber}</dd>
        <dt>{t("dispositions.reason")}</dt>
        <dd>{detail.reason}</dd>
        <dt>{t("dispositions.receivedAt")}</dt>
        <dd>{format.dateTime(detail.receivedAt)}</dd>
        <dt>{t("dispositions.assignee")}</dt>
        <dd>{detail.assigneeName ?? t("dispositions.pool")}</dd>
        <dt>{t("dispositions.disposition")}</dt>
        <dd data-testid="case-disposition">{detail.stateLabel ? `${detail.stateLabel} / ${detail.motiveLabel}` : "—"}</dd>
        <dt>{t("dispositions.unanswered")}</dt>
        <dd>{t("dispositions.unansweredOf", { count: detail.unansweredAttempts, max: detail.maxUnansweredAttempts })}</dd>
        <dt>{t("dispositions.nextContact")}</dt>
        <dd>{detail.nextContactAt ? format.dateTime(detail.nextContactAt) : "—"}</dd>
        {detail.pendingDeadline ? (
          <>
            <dt>{t("dispositions.pendingDeadline")}</dt>
            <dd>
              {format.dateTime(detail.pendingDeadline.dueAt)} · {t(`deadlineStatuses.${detail.pendingDeadline.status}`)}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
