interface ProgressBarProps {
  label: string;
  value: number | null;
  max: number;
  detail?: string;
}

/** A labelled <progress>; a null value shows an indeterminate bar. */
export function ProgressBar({ label, value, max, detail }: ProgressBarProps) {
  return (
    <div className="progress">
      <label>
        <span className="progress-label">{label}</span>
        <progress max={max} value={value ?? undefined} />
      </label>
      {detail ? <span className="progress-detail">{detail}</span> : null}
    </div>
  );
}
