import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface Toast {
  id: string;
  tone: "warning" | "danger";
  message: string;
}

interface ToastsProps {
  toasts: Toast[];
  onDismiss: (id: string) => void;
  /** At most this many notices stand at once (the newest); the rest are summed up in `more`. */
  max?: number;
  /** What stands for the notices beyond `max`, given how many they are (a link to their list). */
  more?: (hidden: number) => ReactNode;
}

/** Stacked notices in a corner; the region announces each new one without moving focus. */
export function Toasts({ toasts, onDismiss, max = Number.POSITIVE_INFINITY, more }: ToastsProps) {
  const { t } = useTranslation();
  // A burst (a server starting with many overdue timers) must not bury the screen under notices.
  const shown = toasts.slice(-max);
  const hidden = toasts.length - shown.length;
  return (
    <section className="toasts" aria-live="polite" aria-label={t("common.notifications")}>
      {hidden > 0 && more ? <div className="toast toast-warning">{more(hidden)}</div> : null}
      {shown.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`}>
          <p>{toast.message}</p>
          <button type="button" className="button-link" onClick={() => onDismiss(toast.id)}>
            {t("common.dismiss")}
          </button>
        </div>
      ))}
    </section>
  );
}
