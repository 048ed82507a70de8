import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useApiQuery } from "../api/use-api-query";
import { RowActions } from "../features/adjustments/components/RowActions";
import { PqrLine, RowHistory } from "../features/adjustments/components/RowHistory";
import { useCurrentSession } from "../features/session/hooks/session-context";
import { useFormatters } from "../i18n/format";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** One adjustment: the base's data, the cause's policy and evidence, its PQRs, answers, contacts and next step. */
export function AdjustmentRowPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { id = "" } = useParams();
  const { permissions } = useCurrentSession();
  const row = useApiQuery("/api/adjustments/rows/{id}", { path: { id } });
  const data = row.data;
  usePageTitle(t("adjustments.row.title", { filing: data?.filingNumber ?? "" }));
  return (
    <section className="stack" aria-labelledby="page-heading">
      <Link to="/ajustes">{t("adjustments.row.back")}</Link>
      <ErrorAlert error={row.error} />
      {row.isLoading && !data ? <Loading /> : null}
      {data ? (
        <>
          <h1 id="page-heading">{t("adjustments.row.title", { filing: data.filingNumber })}</h1>
          <p data-testid="adjustment-status">{t(`adjustments.statuses.${data.status}`)}</p>
          <dl className="summary-grid">
            <dt>{t("adjustments.cut")}</dt>
            <dd>{format.date(data.cutDate)}</dd>
            <dt>{t("adjustments.customer")}</dt>
            <dd>
              <Link to={`/clientes/${data.customerId}`}>
                {data.account} · {data.customerName}
              </Link>
            </dd>
            <dt>{t("adjustments.cause")}</dt>
            <dd>
              {data.cause}. {data.causeName}
            </dd>
            <dt>{t("adjustments.agent")}</dt>
            <dd>{data.agentName}</dd>
            <dt>{t("adjustments.requested")}</dt>
            <dd>{format.money(data.requestedAmount, "COP")}</dd>
            <dt>{t("adjustments.applied")}</dt>
            <dd>{data.appliedAmount === null ? "—" : format.money(data.appliedAmount, "COP")}</dd>
            <dt>{t("adjustments.radicado")}</dt>
            <dd>{data.radicado ?? "—"}</dd>
            <dt>{t("adjustments.reescalations")}</dt>
            <dd>{format.number(data.reescalations)}</dd>
          </dl>
          <section aria-labelledby="row-policy">
            <h2 id="row-policy">{t("adjustments.row.policy")}</h2>
            <p>{data.causePolicy}</p>
            <h3>{t("adjustments.row.evidence")}</h3>
            <ul>
              {data.requiredEvidence.map((e) => (
                <li key={e.code}>
                  {e.label}: {e.present ? t("adjustments.row.present") : t("adjustments.row.missing")}
                </li>
              ))}
            </ul>
            {data.note ? <p>{data.note}</p> : null}
          </section>
          <PqrLine title={t("adjustments.row.pqr")} pqr={data.pqr} />
          <PqrLine title={t("adjustments.row.appeal")} pqr={data.appeal} />
          <RowActions key={`${data.status}-${data.version}`} row={data} permissions={permissions} onDone={row.reload} />
          <RowHistory row={data} />
        </>
      ) : null}
    </section>
  );
}
