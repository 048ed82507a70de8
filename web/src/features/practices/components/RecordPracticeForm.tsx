import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { type PracticeCatalog, practicesApi } from "../api/practices-api";

/** A leader records a practice held: which, when, notes and, for improvement meetings, the ideas raised (one a line). */
export function RecordPracticeForm({ catalog, onRecorded }: { catalog: PracticeCatalog; onRecorded: () => void }) {
  const { t } = useTranslation();
  const [practiceCode, setPracticeCode] = useState(catalog.practices[0]?.code ?? "");
  const [heldAt, setHeldAt] = useState("");
  const [notes, setNotes] = useState("");
  const [ideas, setIdeas] = useState("");
  const [done, setDone] = useState(false);
  const practice = catalog.practices.find((p) => p.code === practiceCode);
  const record = useAsyncAction(practicesApi.record);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const titles = ideas
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    const recorded = await record.run({
      practiceCode,
      heldAt: new Date(heldAt).toISOString(),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
      ...(practice?.recordsIdeas && titles.length > 0 ? { ideas: titles.map((title) => ({ title })) } : {}),
    });
    if (recorded) {
      setNotes("");
      setIdeas("");
      setDone(true);
      onRecorded();
    }
  }

  return (
    <form className="card stack" onSubmit={(event) => void submit(event)} aria-labelledby="record-practice-heading">
      <h2 id="record-practice-heading">{t("practices.record.title")}</h2>
      <ErrorAlert error={record.error} />
      {done ? (
        <p className="alert alert-success" role="status">
          {t("practices.record.done")}
        </p>
      ) : null}
      <label className="field">
        <span>{t("practices.record.practice")}</span>
        <select value={practiceCode} onChange={(e) => setPracticeCode(e.target.value)} data-testid="practice-code">
          {catalog.practices.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {practice ? (
        <p className="muted">
          {t("practices.record.about", {
            frequency: t(`catalogValues.${practice.frequency}`),
            minutes: practice.durationMinutes,
          })}
        </p>
      ) : null}
      <label className="field">
        <span>{t("practices.record.heldAt")}</span>
        <input
          type="datetime-local"
          required
          value={heldAt}
          onChange={(e) => setHeldAt(e.target.value)}
          data-testid="practice-held-at"
        />
      </label>
      <label className="field">
        <span>{t("practices.record.notes")}</span>
        <textarea rows={3} maxLength={4000} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      {practice?.recordsIdeas ? (
        <label className="field">
          <span>{t("practices.record.ideas")}</span>
          <textarea rows={3} value={ideas} onChange={(e) => setIdeas(e.target.value)} data-testid="practice-ideas" />
        </label>
      ) : null}
      <button type="submit" className="button-primary" disabled={record.isPending || !practiceCode} data-testid="practice-submit">
        {record.isPending ? t("practices.record.saving") : t("practices.record.submit")}
      </button>
    </form>
  );
}
