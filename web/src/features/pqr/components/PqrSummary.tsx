import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { type PqrDetail, pqrApi } from "../api/pqr-api";
import { ClockBadge } from "./ClockBadge";

/** A PQR's record: CUN, what is asked, its clock and legal basis, the answer, the appeal, silence or desistance, files. */
export function PqrSummary({ pqr, currency }: { pqr: PqrDetail; currency: string | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const channel = (code: string) => labelOf(t, "pqr.channels", code);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="pqr-heading" data-testid="pqr-summary">
        <h1 id="pqr-heading">
          {labelOf(t, "pqr.types", pqr.type)} · {t("pqr.cun")} {pqr.cun}
        </h1>
        <p className="status-line">
          <span className="badge" data-testid="pqr-status">
            {labelOf(t, "pqr.statuses", pqr.status)}
          </span>{" "}
          <ClockBadge status={pqr.clockStatus} />{" "}
          <span className="muted">{t("pqr.number", { number: String(pqr.number).padStart(6, "0") })}</span>
        </p>
        <dl className="details">
          <dt>{t("pqr.customer")}</dt>
          <dd>{pqr.customerName}</dd>
          {pqr.serviceNumber ? (
            <>
              <dt>{t("pqr.service")}</dt>
              <dd>{pqr.serviceNumber}</dd>
            </>
          ) : null}
          <dt>{t("pqr.subject")}</dt>
          <dd>{pqr.subject}</dd>
          {pqr.description ? (
            <>
              <dt>{t("pqr.description")}</dt>
              <dd>{pqr.description}</dd>
            </>
          ) : null}
          {pqr.amountInDispute ? (
            <>
              <dt>{t("pqr.amount")}</dt>
              <dd>{format.money(Number(pqr.amountInDispute), currency)}</dd>
            </>
          ) : null}
          <dt>{t("pqr.receivedOn")}</dt>
          <dd>{t("pqr.filedOn", { date: format.date(pqr.receivedOn), channel: channel(pqr.filingChannel) })}</dd>
          <dt>{t("pqr.filedBy")}</dt>
          <dd>{pqr.filedByName ?? t("common.none")}</dd>
          <dt>{t("pqr.responseChannel")}</dt>
          <dd>
            {channel(pqr.responseChannel)} {pqr.responseAddress ? `· ${pqr.responseAddress}` : ""}
          </dd>
          <dt>{t("pqr.answerDueOn")}</dt>
          <dd data-testid="pqr-due">{format.date(pqr.answerDueOn)}</dd>
        </dl>
        <details>
          <summary>
            {t("pqr.basis")} {pqr.clock.verified ? null : <span className="badge badge-warning">{t("pqr.provisional")}</span>}
          </summary>
          <p className="muted">{pqr.clock.basis}</p>
        </details>
      </section>

      {pqr.answer ? (
        <section className="card" aria-labelledby="pqr-answer-heading">
          <h2 id="pqr-answer-heading">{t("pqr.answerTitle")}</h2>
          <p>
            <strong>{labelOf(t, "pqr.outcomes", pqr.answer.outcome)}</strong> · {pqr.answer.answeredByName ?? ""}
          </p>
          <p>{pqr.answer.text}</p>
          <p className="muted">
            {t("pqr.notifiedOn", {
              date: format.dateTime(pqr.answer.notifiedAt),
              channel: channel(pqr.answer.notificationChannel),
            })}
          </p>
          {pqr.appealWindowEndsOn && pqr.status === "answered" ? (
            <p>{t("pqr.appealWindow", { date: format.date(pqr.appealWindowEndsOn) })}</p>
          ) : null}
        </section>
      ) : null}

      {pqr.appeal ? (
        <section className="card" aria-labelledby="pqr-appeal-heading">
          <h2 id="pqr-appeal-heading">{t("pqr.appealTitle")}</h2>
          <p>
            <strong>{labelOf(t, "pqr.appealKinds", pqr.appeal.kind)}</strong> · {format.dateTime(pqr.appeal.filedAt)}
          </p>
          <p>{pqr.appeal.grounds}</p>
          {pqr.appeal.decision ? (
            <p>
              <strong>{labelOf(t, "pqr.decisions", pqr.appeal.decision)}</strong>: {pqr.appeal.decisionText}
            </p>
          ) : (
            <p className="muted">{t("pqr.appealDueOn", { date: format.date(pqr.appeal.dueOn) })}</p>
          )}
          {pqr.appeal.forwardedAt ? (
            <p>
              {t("pqr.forwardedTo", { authority: pqr.clock.authorityName, date: format.dateTime(pqr.appeal.forwardedAt) })}
              {pqr.appeal.authorityReference ? ` · ${pqr.appeal.authorityReference}` : ""}
            </p>
          ) : null}
          {pqr.appeal.authorityDecision ? (
            <p>
              <strong>{labelOf(t, "pqr.authorityDecisions", pqr.appeal.authorityDecision)}</strong> ·{" "}
              {pqr.appeal.authorityDecidedOn ? format.date(pqr.appeal.authorityDecidedOn) : ""}:{" "}
              {pqr.appeal.authorityDecisionText}
            </p>
          ) : null}
        </section>
      ) : null}

      {pqr.silence ? (
        <section className="card alert alert-error" aria-labelledby="pqr-silence-heading" data-testid="pqr-silence">
          <h2 id="pqr-silence-heading">{t("pqr.silenceTitle")}</h2>
          {pqr.silence.grantedAt ? (
            <p>
              {t("pqr.grantedOn", { date: format.dateTime(pqr.silence.grantedAt) })}: {pqr.silence.grantNote}
            </p>
          ) : (
            <p>{t("pqr.silenceText", { date: pqr.silence.grantDueAt ? format.dateTime(pqr.silence.grantDueAt) : "—" })}</p>
          )}
        </section>
      ) : null}

      {pqr.desisted ? (
        <section className="card" aria-labelledby="pqr-desisted-heading">
          <h2 id="pqr-desisted-heading">{t("pqr.desistedTitle")}</h2>
          <p>{t("pqr.desistedText", { date: format.dateTime(pqr.desisted.at), who: pqr.desisted.byName ?? "—" })}</p>
          <p>{pqr.desisted.note}</p>
        </section>
      ) : null}

      <section className="card" aria-labelledby="pqr-files-heading">
        <h2 id="pqr-files-heading">{t("pqr.files")}</h2>
        {pqr.files.length === 0 ? (
          <p className="empty">{t("pqr.noFiles")}</p>
        ) : (
          <ul className="inline-list">
            {pqr.files.map((file) => (
              <li key={file.id}>
                <a href={pqrApi.fileUrl(pqr.id, file.id)} download={file.fileName}>
                  {file.fileName}
                </a>{" "}
                <span className="muted">
                  {labelOf(t, "pqr.fileKinds", file.kind)} ·{" "}
                  {t("pqr.fileSize", { size: format.number(Math.ceil(file.sizeBytes / 1024)) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
