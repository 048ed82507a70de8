import { useTranslation } from "react-i18next";
import type { TimelineToggle } from "../hooks/use-timeline-toggle";

/** "Historial": opens the timeline panel, or brings focus back to it when already open. */
export function OpenTimelineButton({ toggle }: { toggle: TimelineToggle }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      data-testid="open-timeline"
      className="button-secondary"
      aria-expanded={toggle.isOpen}
      aria-controls={toggle.isOpen ? toggle.panelId : undefined}
      onClick={toggle.open}
    >
      {t("timeline.open")}
    </button>
  );
}
