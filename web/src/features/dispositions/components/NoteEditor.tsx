import { useId } from "react";
import { useTranslation } from "react-i18next";

interface NoteEditorProps {
  note: string;
  maxLength: number;
  onChange: (note: string) => void;
}

/** The generated note, for a last edit, with a live count against the motive's limit. */
export function NoteEditor({ note, maxLength, onChange }: NoteEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const counterId = useId();
  const over = note.length > maxLength;
  return (
    <div className="field">
      <label htmlFor={id}>{t("dispositions.note")}</label>
      <textarea
        id={id}
        data-testid="note-editor"
        rows={4}
        value={note}
        aria-describedby={counterId}
        aria-invalid={over}
        onChange={(event) => onChange(event.target.value)}
      />
      <span
        id={counterId}
        data-testid="note-counter"
        className={over ? "note-counter over-limit" : "note-counter"}
        aria-live="polite"
      >
        {t("dispositions.noteCounter", { length: note.length, max: maxLength })}
        {over ? ` · ${t("dispositions.noteTooLong")}` : ""}
      </span>
    </div>
  );
}
