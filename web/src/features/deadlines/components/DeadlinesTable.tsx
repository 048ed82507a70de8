import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { useNow } from "../../../ui/use-now";
import type { Deadline } from "../api/deadlines-api";
import { deadlinePhase } from "../deadline-phase";
import { Countdown } from "./Countdown";

const ROW_CLASS: Partial<Record<string, string>> = { at_risk: "row-warning", breached: "row-danger" };

/** Deadlines with a live countdown; at-risk and breached rows stand out (by color and by label). */
export function DeadlinesTable({ deadlines }: { deadlines: Deadline[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow(1000);
  if (deadlines.length === 0) return <p className="empty">{t("deadlines.empty")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("deadlines.kind")}</th>
            <th scope="col">{t("deadlines.subject")}</th>
            <th scope="col">{t("deadlines.phase")}</th>
            <th scope="col">{t("deadlines.dueAt")}</th>
            <th scope="col">{t("deadlines.countdown")}</th>
            <th scope="col">{t("deadlines.startedAt")}</th>
          </tr>
        </thead>
        <tbody>
          {deadlines.map((deadline) => {
            const phase = deadlinePhase(deadline, now);
            return (
              <tr key={deadline.id} className={ROW_CLASS[phase]}>
                <td>{deadline.kind}</td>
                <td>
                  {labelOf(t, "subjectTypes", deadline.subjectType)} {deadline.subjectId}
                </td>
                <td>
                  <span className={`badge phase-${phase}`}>{labelOf(t, "deadlinePhases", phase)}</span>
                </td>
                <td>{format.dateTime(deadline.dueAt)}</td>
                <td className="numeric">
                  <Countdown deadline={deadline} phase={phase} now={now} />
                </td>
                <td>{format.dateTime(deadline.startedAt)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
