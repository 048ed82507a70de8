import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import type { TimelineEvent } from "../api/timeline-api";
import { changedFields } from "../changed-fields";
import { ChangeList } from "./ChangeList";

/** One event: when, who and in which role, what, why, and what changed. */
export function TimelineEntry({ event }: { event: TimelineEvent }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <li className="timeline-entry">
      <div className="timeline-meta">
        <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
        <span>
          {event.actorName ?? t("timeline.systemActor")}
          <span className="muted"> · {labelOf(t, "roles", event.actorRole)}</span>
        </span>
      </div>
      <p className="timeline-action">{labelOf(t, "actions", event.action)}</p>
      {event.reason ? <p className="timeline-reason">{event.reason}</p> : null}
      <ChangeList changes={changedFields(event.before, event.after)} />
    </li>
  );
}
