import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import type { Campaign } from "../api/campaigns-api";
import { type CaseDetail, type DispositionResult, previewNote, submitDisposition } from "../api/cases-api";
import { DispositionFields } from "./DispositionFields";
import { NoteEditor } from "./NoteEditor";

interface DispositionFormProps {
  detail: CaseDetail;
  campaign: Campaign;
  /** A correction of the current disposition (while its instruction is unsent) instead of a new one. */
  correction: boolean;
  onDone: (result: DispositionResult) => void;
}

/**
 * The fields as the API takes them. A callback's date-time input is a wall clock without a zone, and is
 * sent as such: the server reads it on the operator's clock (the advisor's browser may be elsewhere).
 */
function toApi(fields: Record<string, string>, campaign: Campaign, stateCode: string, motiveCode: string) {
  const motive = campaign.states.find((s) => s.code === stateCode)?.motives.find((m) => m.code === motiveCode);
  const out: Record<string, unknown> = {};
  for (const field of motive?.fields ?? []) {
    const value = fields[field.code];
    if (!value) continue;
    out[field.code] = field.type === "number" ? Number(value) : value;
  }
  return out;
}

/**
 * The advisor's disposition: state → motive → the fields it asks for → the note generated from its
 * template, editable, with a live length count → confirm. The server checks everything again.
 */
export function DispositionForm({ detail, campaign, correction, onDone }: DispositionFormProps) {
  const { t } = useTranslation();
  const stateId = useId();
  const motiveId = useId();
  const [stateCode, setStateCode] = useState("");
  const [motiveCode, setMotiveCode] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [note, setNote] = useState<string | null>(null);
  const [maxLength, setMaxLength] = useState(campaign.notes.maxLength);

  const state = campaign.states.find((s) => s.code === stateCode);
  const motives = (state?.motives ?? []).filter((m) => !m.isAutomatic);
  const motive = motives.find((m) => m.code === motiveCode);
  const choice = () => ({ stateCode, motiveCode, fields: toApi(fields, campaign, stateCode, motiveCode) });

  const generate = useAsyncAction(async () => {
    const preview = await previewNote(detail.id, choice());
    setNote(preview.note);
    setMaxLength(preview.maxLength);
    return preview;
  });
  const submit = useAsyncAction(async () => {
    const result = await submitDisposition(
      detail.id,
      { ...choice(), note: note ?? "", expectedVersion: detail.version },
      correction,
    );
    onDone(result);
    return result;
  });

  const reset = (nextState: string, nextMotive = "") => {
    setStateCode(nextState);
    setMotiveCode(nextMotive);
    setFields({});
    setNote(null);
  };
  function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit.run();
  }
  const unavailable = campaign.states.filter((s) => s.unavailableReason && s.motives.length === 0);

  return (
    <form className="card form-grid" onSubmit={confirm} aria-labelledby="disposition-heading" data-testid="disposition-form">
      <h2 id="disposition-heading">{correction ? t("dispositions.correctTitle") : t("dispositions.dispositionTitle")}</h2>
      <div className="field">
        <label htmlFor={stateId}>{t("dispositions.state")}</label>
        <select
          id={stateId}
          data-testid="state-select"
          required
          value={stateCode}
          onChange={(event) => reset(event.target.value)}
        >
          <option value="">{t("dispositions.choose")}</option>
          {campaign.states.map((s) => (
            <option key={s.code} value={s.code} disabled={s.unavailableReason !== null}>
              {s.label} · {t(`dispositions.stateTypes.${s.type}`)}
            </option>
          ))}
        </select>
        {unavailable.length > 0 ? (
          <span className="hint">
            {t("dispositions.unavailableStates", { states: unavailable.map((s) => s.label).join(", ") })}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={motiveId}>{t("dispositions.motive")}</label>
        <select
          id={motiveId}
          data-testid="motive-select"
          required
          disabled={!state}
          value={motiveCode}
          onChange={(event) => reset(stateCode, event.target.value)}
        >
          <option value="">{t("dispositions.choose")}</option>
          {motives.map((m) => (
            <option key={m.code} value={m.code}>
              {m.label}
            </option>
          ))}
        </select>
        {motive?.closing ? (
          <span className="hint" data-testid="motive-closing">
            {t("dispositions.closingHint", {
              action: motive.closing.action,
              amount: motive.closing.deadline.amount,
              unit: t(`dispositions.units.${motive.closing.deadline.unit}`, { count: motive.closing.deadline.amount }),
            })}
          </span>
        ) : null}
      </div>
      {motive ? (
        <DispositionFields
          fields={motive.fields}
          benefits={campaign.benefits?.items ?? []}
          values={fields}
          onChange={(code, value) => {
            setFields((current) => ({ ...current, [code]: value }));
            setNote(null);
          }}
        />
      ) : null}
      {motive ? (
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            data-testid="generate-note"
            disabled={generate.isPending}
            onClick={() => void generate.run()}
          >
            {note === null ? t("dispositions.generateNote") : t("dispositions.regenerateNote")}
          </button>
        </div>
      ) : null}
      <ErrorAlert error={generate.error} />
      {note !== null ? <NoteEditor note={note} maxLength={maxLength} onChange={setNote} /> : null}
      <ErrorAlert error={submit.error} />
      {note !== null ? (
        <div className="button-row">
          <button
            type="submit"
            className="button-primary"
            data-testid="submit-disposition"
            disabled={submit.isPending || note.trim() === "" || note.length > maxLength}
          >
            {correction ? t("dispositions.confirmCorrection") : t("dispositions.confirm")}
          </button>
        </div>
      ) : null}
    </form>
  );
}
