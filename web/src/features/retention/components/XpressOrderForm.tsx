import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";

/** Step 5: the engineering-service order's observation, generated from the tenant's template and editable before saving. */
export function XpressOrderForm({
  draft,
  isPending,
  onSubmit,
}: {
  draft: string;
  isPending: boolean;
  onSubmit: (observation: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [observation, setObservation] = useState(draft);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(observation);
  }
  return (
    <form className="stack" onSubmit={submit}>
      <p className="muted">{t("retention.xpressFields")}</p>
      <div className="field">
        <label htmlFor={id}>{t("retention.observation")}</label>
        <textarea
          id={id}
          rows={5}
          maxLength={2000}
          data-testid="xpress-observation"
          value={observation}
          onChange={(event) => setObservation(event.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={isPending || !observation.trim()} data-testid="create-xpress">
          {t("retention.createXpress")}
        </button>
      </div>
    </form>
  );
}
