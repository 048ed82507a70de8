import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import type { TimelineSubject } from "../api/timeline-api";
import { useTimeline } from "../hooks/use-timeline";
import { TimelineEntry } from "./TimelineEntry";

interface TimelinePanelProps {
  subject: TimelineSubject;
  id?: string;
  ref?: Ref<HTMLElement>;
  onClose?: () => void;
}

/** A subject's timeline, newest first, with "load more" for older events. Reusable for any subject. */
export function TimelinePanel({ subject, id, ref, onClose }: TimelinePanelProps) {
  const { t } = useTranslation();
  const timeline = useTimeline(subject);
  const headingId = `${id ?? "timeline"}-heading`;
  return (
    <section
      id={id}
      ref={ref}
      tabIndex={-1}
      className="card timeline-panel"
      data-testid="timeline-panel"
      aria-labelledby={headingId}
    >
      <div className="panel-heading">
        <h2 id={headingId}>{t("timeline.title")}</h2>
        {onClose ? (
          <button type="button" className="button-link" onClick={onClose}>
            {t("common.close")}
          </button>
        ) : null}
      </div>
      <ErrorAlert error={timeline.error} />
      {!timeline.isLoading && !timeline.error && timeline.events.length === 0 ? (
        <p className="empty">{t("timeline.empty")}</p>
      ) : null}
      <ol className="timeline">
        {timeline.events.map((event) => (
          <TimelineEntry key={event.id} event={event} />
        ))}
      </ol>
      {timeline.isLoading ? <Loading /> : null}
      {timeline.hasMore && !timeline.isLoading ? (
        <button type="button" className="button-secondary" onClick={timeline.loadMore}>
          {t("timeline.loadMore")}
        </button>
      ) : null}
    </section>
  );
}
