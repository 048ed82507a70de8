import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { mondayOf } from "../features/practices/api/practices-api";
import { RecordPracticeForm } from "../features/practices/components/RecordPracticeForm";
import { SessionsList } from "../features/practices/components/SessionsList";
import { WeekAdherence } from "../features/practices/components/WeekAdherence";
import { usePermission } from "../features/session/hooks/session-context";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** The leaders' practices (seeds 002 and 004): record one held, see the week's adherence per leader and the ideas' circuit. */
export function PracticesPage() {
  const { t } = useTranslation();
  usePageTitle(t("practices.title"));
  const catalog = useApiQuery("/api/practices");
  const canRecord = usePermission("practices:record");
  const [week, setWeek] = useState(() => mondayOf(new Date()));
  const [version, setVersion] = useState(0);
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("practices.title")}</h1>
      <p>{t("practices.intro")}</p>
      <ErrorAlert error={catalog.error} />
      {catalog.isLoading ? <Loading /> : null}
      {catalog.data ? (
        <>
          <label className="field">
            <span>{t("practices.week")}</span>
            <input
              type="date"
              value={week}
              onChange={(e) => e.target.value && setWeek(mondayOf(new Date(`${e.target.value}T12:00:00`)))}
              data-testid="practice-week"
            />
          </label>
          <WeekAdherence key={`${week}:${version}`} week={week} catalog={catalog.data} />
          {canRecord ? <RecordPracticeForm catalog={catalog.data} onRecorded={() => setVersion((v) => v + 1)} /> : null}
          <SessionsList key={version} catalog={catalog.data} canMove={canRecord} />
        </>
      ) : null}
    </section>
  );
}
