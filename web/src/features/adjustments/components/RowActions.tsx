import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { adjustmentsApi, type RowPage } from "../api/adjustments-api";

type Result = "answered" | "no_answer" | "busy" | "wrong_number";
type Appeal = "reposicion" | "subsidio_apelacion";

/** The next step of a row, as its page offers it to the cell or the back office (the server decides who may). */
export function RowActions({ row, permissions, onDone }: { row: RowPage; permissions: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState("");
  const [evidence, setEvidence] = useState<Set<string>>(new Set());
  const [radicado, setRadicado] = useState(row.radicado ?? "");
  const [amount, setAmount] = useState(row.appliedAmount === null ? "" : String(row.appliedAmount));
  const [result, setResult] = useState<Result>("answered");
  const [accepts, setAccepts] = useState(true);
  const [appeal, setAppeal] = useState<Appeal>("reposicion");
  const [voicemail, setVoicemail] = useState(true);
  const action = useAsyncAction(async (work: () => Promise<unknown>) => {
    await work();
    setNote("");
    onDone();
  });
  const submit = (work: () => Promise<unknown>) => (event: FormEvent) => {
    event.preventDefault();
    void action.run(work);
  };
  const canWork = permissions.includes("adjustments:work");
  const canAnswer = permissions.includes("adjustments:answer");
  const noteField = (label: string) => (
    <label>
      {label}
      <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
    </label>
  );
  return (
    <section className="stack" aria-label={t("adjustments.row.save")}>
      <ErrorAlert error={action.error} />
      {row.status === "received" && canWork ? (
        <form
          className="stack"
          onSubmit={submit(() => adjustmentsApi.validate(row.id, { evidenceChecked: [...evidence], note: note || undefined }))}
        >
          <fieldset>
            <legend>{t("adjustments.row.evidenceChecked")}</legend>
            {row.requiredEvidence
              .filter((e) => !e.present)
              .map((e) => (
                <label key={e.code}>
                  <input
                    type="checkbox"
                    checked={evidence.has(e.code)}
                    onChange={() => {
                      const next = new Set(evidence);
                      if (next.has(e.code)) next.delete(e.code);
                      else next.add(e.code);
                      setEvidence(next);
                    }}
                  />
                  {e.label}
                </label>
              ))}
          </fieldset>
          {noteField(t("adjustments.row.note"))}
          <button type="submit" className="button-primary" disabled={action.isPending}>
            {t("adjustments.row.validate")}
          </button>
        </form>
      ) : null}
      {row.status === "sent_to_backoffice" && canAnswer ? (
        <form className="stack" onSubmit={(e) => e.preventDefault()}>
          <label>
            {t("adjustments.radicado")}
            <input value={radicado} onChange={(e) => setRadicado(e.target.value)} />
          </label>
          <label>
            {t("adjustments.applied")}
            <input inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </label>
          {noteField(t("adjustments.row.reason"))}
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              disabled={action.isPending}
              onClick={() =>
                void action.run(() =>
                  adjustmentsApi.answer(row.id, {
                    decision: "approved",
                    radicado: radicado || undefined,
                    appliedAmount: Number(amount) || undefined,
                  }),
                )
              }
            >
              {t("adjustments.row.approve")}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={action.isPending}
              onClick={() => void action.run(() => adjustmentsApi.answer(row.id, { decision: "rejected", reason: note }))}
            >
              {t("adjustments.row.reject")}
            </button>
          </div>
        </form>
      ) : null}
      {row.status === "rejected" && canWork ? (
        <form className="stack" onSubmit={(e) => e.preventDefault()}>
          {noteField(t("adjustments.row.newMarking"))}
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              onClick={() => void action.run(() => adjustmentsApi.review(row.id, { review: "rightly", note: note || undefined }))}
            >
              {t("adjustments.row.rightly")}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => void action.run(() => adjustmentsApi.review(row.id, { review: "wrongly", note }))}
            >
              {t("adjustments.row.wrongly")}
            </button>
          </div>
        </form>
      ) : null}
      {(row.status === "approved" || row.status === "rejected_rightly") && canWork ? (
        <form
          className="stack"
          onSubmit={submit(() =>
            adjustmentsApi.contact(
              row.id,
              result === "answered"
                ? { result, customerAccepts: accepts, appealType: accepts ? undefined : appeal, note: note || undefined }
                : { result, leaveVoicemail: voicemail, note: note || undefined },
            ),
          )}
        >
          <label>
            {t("adjustments.row.result")}
            <select value={result} onChange={(e) => setResult(e.target.value as Result)}>
              {(["answered", "no_answer", "busy", "wrong_number"] as const).map((code) => (
                <option key={code} value={code}>
                  {t(`adjustments.row.results.${code}`)}
                </option>
              ))}
            </select>
          </label>
          {result === "answered" ? (
            <>
              <label>
                {t("adjustments.row.accepts")}
                <select value={accepts ? "yes" : "no"} onChange={(e) => setAccepts(e.target.value === "yes")}>
                  <option value="yes">{t("adjustments.row.yes")}</option>
                  <option value="no">{t("adjustments.row.no")}</option>
                </select>
              </label>
              {accepts ? null : (
                <label>
                  {t("adjustments.row.appealType")}
                  <select value={appeal} onChange={(e) => setAppeal(e.target.value as Appeal)}>
                    <option value="reposicion">{t("adjustments.row.reposicion")}</option>
                    <option value="subsidio_apelacion">{t("adjustments.row.subsidio_apelacion")}</option>
                  </select>
                </label>
              )}
            </>
          ) : (
            <label>
              <input type="checkbox" checked={voicemail} onChange={(e) => setVoicemail(e.target.checked)} />
              {t("adjustments.row.voicemail")}
            </label>
          )}
          {noteField(t("adjustments.row.note"))}
          <button type="submit" className="button-primary" disabled={action.isPending}>
            {t("adjustments.row.contact")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
