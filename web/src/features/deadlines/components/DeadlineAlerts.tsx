import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useServerEvent } from "../../../api/server-events";
import { enumLabel } from "../../../i18n/labels";
import { type Toast, Toasts } from "../../../ui/Toasts";
import { DEADLINE_EVENTS, isDeadline } from "../api/deadlines-api";

const TOAST_MS = 15_000;
/** Notices that stand at once; more are summed up with a link to the deadlines list. */
const MAX_SHOWN = 3;

/** Toasts for deadlines the server announces at risk or breached, wherever the user is in the app. */
export function DeadlineAlerts() {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);

  const dismiss = useCallback((id: string) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);

  const announce = (isBreach: boolean) => (data: unknown) => {
    if (!isDeadline(data)) return;
    const id = `${data.id}:${isBreach ? "breached" : "at_risk"}`;
    const message = t(isBreach ? "deadlines.toastBreached" : "deadlines.toastAtRisk", {
      kind: enumLabel(t, "deadlineKinds", data.kind),
      subject: enumLabel(t, "subjectTypes", data.subjectType),
    });
    setToasts((current) => [
      ...current.filter((toast) => toast.id !== id),
      { id, tone: isBreach ? "danger" : "warning", message },
    ]);
    setTimeout(() => dismiss(id), TOAST_MS);
  };

  useServerEvent(DEADLINE_EVENTS[0], announce(false));
  useServerEvent(DEADLINE_EVENTS[1], announce(true));
  return (
    <Toasts
      toasts={toasts}
      onDismiss={dismiss}
      max={MAX_SHOWN}
      more={(hidden) => (
        <p>
          {t("deadlines.toastMore", { count: hidden })} <Link to="/plazos">{t("deadlines.toastMoreLink")}</Link>
        </p>
      )}
    />
  );
}
