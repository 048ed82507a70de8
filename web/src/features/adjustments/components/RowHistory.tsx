import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import type { RowPage } from "../api/adjustments-api";

interface PqrSummaryView {
  cun: string;
  statusLabel: string;
  dueOn: string;
}

/** A PQR linked to the row: its CUN, where it stands and when it is due. */
export function PqrLine({ title, pqr }: { title: string; pqr: unknown }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!pqr || typeof pqr !== "object") return null;
  const view = pqr as PqrSummaryView;
  return (
    <p data-testid="adjustment-pqr">
      <strong>{title}:</strong>{" "}
      {t("adjustments.row.cun", { cun: view.cun, status: view.statusLabel, due: format.date(view.dueOn) })}
    </p>
  );
}

/** The back office's answers and the contacts with the customer. */
export function RowHistory({ row }: { row: RowPage }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <>
      <section aria-labelledby="row-answers">
        <h2 id="row-answers">{t("adjustments.row.answers")}</h2>
        <ol>
          {row.answers.map((answer) => (
            <li key={answer.seq}>
              {format.dateTime(answer.answeredAt)} · {t(`adjustments.row.decisions.${answer.decision}`)}
              {answer.appliedAmount !== null ? ` · ${format.money(answer.appliedAmount, "COP")}` : ""}
              {answer.reason ? ` · ${answer.reason}` : ""}
              {answer.review ? ` · ${t(`adjustments.row.reviews.${answer.review}`)}` : ""}
              {answer.reviewNote ? ` (${answer.reviewNote})` : ""}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="row-contacts">
        <h2 id="row-contacts">{t("adjustments.row.contacts")}</h2>
        {row.contacts.length === 0 ? <p>{t("adjustments.row.noContacts")}</p> : null}
        <ol>
          {row.contacts.map((contact) => (
            <li key={contact.seq}>
              {format.dateTime(contact.attemptedAt)} · {t(`adjustments.row.results.${contact.result}`)}
              {contact.recordedBy ? ` · ${contact.recordedBy}` : ""}
              {contact.voicemailMessage ? (
                <div>{t("adjustments.row.voicemailLeft", { text: contact.voicemailMessage })}</div>
              ) : null}
              {contact.note ? <div>{contact.note}</div> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
