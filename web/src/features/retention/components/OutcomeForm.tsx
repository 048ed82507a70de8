import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

interface OutcomeFormProps {
  canRetain: boolean;
  canCancel: boolean;
  reasons: Array<{ code: string; name: string }>;
  isPending: boolean;
  onRetain: (note: string) => void;
  onCancel: (reasonCode: string, note: string) => void;
}

/** The outcome: the customer stays, or the cancellation is accepted with its reason. */
export function OutcomeForm({ canRetain, canCancel, reasons, isPending, onRetain, onCancel }: OutcomeFormProps) {
  const { t } = useTranslation();
  const noteId = useId();
  const reasonId = useId();
  const [note, setNote] = useState("");
  const [reason, setReason] = useState("");
  if (!canRetain && !canCancel) return null;
  return (
    <div className="stack outcome-form">
      <div className="field">
        <label htmlFor={noteId}>{t("retention.outcomeNote")}</label>
        <input id={noteId} type="text" maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {canRetain ? (
        <div className="button-row">
          <button
            type="button"
            className="button-primary"
            disabled={isPending}
            data-testid="retain"
            onClick={() => onRetain(note)}
          >
            {t("retention.retain")}
          </button>
        </div>
      ) : null}
      {canCancel ? (
        <div className="button-row">
          <label htmlFor={reasonId} className="visually-hidden">
            {t("retention.cancellationReason")}
          </label>
          <select id={reasonId} data-testid="cancel-reason" value={reason} onChange={(event) => setReason(event.target.value)}>
            <option value="">{t("retention.cancellationReason")}</option>
            {reasons.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button-danger"
            disabled={isPending || !reason}
            data-testid="accept-cancellation"
            onClick={() => onCancel(reason, note)}
          >
            {t("retention.acceptCancellation")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
