import { useTranslation } from "react-i18next";

export interface Toast {
  id: string;
  tone: "warning" | "danger";
  message: string;
}

interface ToastsProps {
  toasts: Toast[];
  onDismiss: (id: string) => void;
}

/** Stacked notices in a corner; the region announces each new one without moving focus. */
export function Toasts({ toasts, onDismiss }: ToastsProps) {
  const { t } = useTranslation();
  return (
    <section className="toasts" aria-live="polite" aria-label={t("common.notifications")}>
      {toasts.map((toast) => (
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
