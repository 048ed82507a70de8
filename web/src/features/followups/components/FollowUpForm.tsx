import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { type FollowUpItem, followUpsApi } from "../api/followups-api";

/** The team's yes/no answers and a note; the system adds what it measured (still a customer, new claims). */
export function FollowUpForm({ item, onDone }: { item: FollowUpItem; onDone: () => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [note, setNote] = useState("");
  const save = useAsyncAction(async () => {
    await followUpsApi.complete(item.id, { ...answers, note });
    onDone();
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void save.run();
  }
  return (
    <form className="stack" onSubmit={submit} data-testid={`follow-up-form-${item.kind}`}>
      {item.questions.map((question) => (
        <fieldset key={question.key} className="inline-field">
          <legend>{question.label}</legend>
          {[true, false].map((value) => (
            <label key={String(value)} className="checkbox">
              <input
                type="radio"
                name={`${item.id}-${question.key}`}
                checked={answers[question.key] === value}
                data-testid={`answer-${question.key}-${value ? "yes" : "no"}`}
                onChange={() => setAnswers((current) => ({ ...current, [question.key]: value }))}
              />
              {value ? t("common.yes") : t("common.no")}
            </label>
          ))}
        </fieldset>
      ))}
      <label className="field">
        <span>{t("followUps.note")}</span>
        <input type="text" maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <ErrorAlert error={save.error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={save.isPending} data-testid="follow-up-save">
          {t("followUps.save")}
        </button>
      </div>
    </form>
  );
}
