import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import type { CaseDetail } from "../api/cases-api";

/** The attempts, every disposition (corrected ones marked) and the closing instructions of a case. */
export function CaseHistory({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section className="card stack" aria-labelledby="history-heading">
      <h2 id="history-heading">{t("dispositions.historyTitle")}</h2>
      <h3>{t("dispositions.attemptsTitle")}</h3>
      {detail.attemptsList.length === 0 ? (
        <p className="empty">{t("dispositions.noAttempts")}</p>
      ) : (
        <ol className="inline-list" data-testid="attempts-list">
          {detail.attemptsList.map((a) => (
            <li key={a.id}>
              {t("dispositions.attemptLine", {
                n: a.seq,
                when: format.dateTime(a.attemptedAt),
                number: a.dialledNumber,
                result: t(`dispositions.results.${a.result}`),
              })}
            </li>
          ))}
        </ol>
      )}
      <h3>{t("dispositions.dispositionsTitle")}</h3>
      {detail.dispositions.length === 0 ? <p className="empty">{t("dispositions.noDispositions")}</p> : null}
      <ol className="disposition-list">
        {detail.dispositions.map((d) => (
          <li key={d.id} className={d.supersededBy ? "superseded" : undefined} data-testid="disposition-entry">
            <p>
              <strong>
                {d.stateLabel} / {d.motiveLabel}
              </strong>{" "}
              · {t(`dispositions.kinds.${d.kind}`)} · {d.decidedByName ?? t("dispositions.system")} ·{" "}
              {format.dateTime(d.decidedAt)} · {t("dispositions.catalogVersion", { version: d.catalogVersion })}
              {d.supersededBy ? ` · ${t("dispositions.corrected")}` : ""}
            </p>
            <p className="note-text">{d.note}</p>
            {d.callbackAt ? (
              <p className="muted">{t("dispositions.callbackAt", { when: format.dateTime(d.callbackAt) })}</p>
            ) : null}
          </li>
        ))}
      </ol>
      <h3>{t("dispositions.instructionsTitle")}</h3>
      {detail.instructions.length === 0 ? <p className="empty">{t("dispositions.noInstructions")}</p> : null}
      <ul className="disposition-list">
        {detail.instructions.map((i) => (
          <li key={i.id} className={i.status === "superseded" ? "superseded" : undefined} data-testid="instruction-entry">
            <p>
              <strong>{i.action}</strong> · {t("dispositions.dueAt", { when: format.dateTime(i.dueAt) })} ·{" "}
              <span className={i.isOverdue ? "badge case-overdue" : "badge"}>
                {t(`dispositions.instructionStatuses.${i.status}`)}
              </span>
              {i.isOverdue ? ` · ${t("dispositions.overdue")}` : ""}
              {i.billingReference ? ` · ${i.billingReference}` : ""}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
