import { useTranslation } from "react-i18next";
import { SupervisorDay } from "../features/supervision/components/SupervisorDay";
import { usePageTitle } from "../ui/use-page-title";

/** The supervisor's day (issue 13 §5): live tiles of the queue, the agents, the deadlines at risk and today's indicators. */
export function SupervisorDayPage() {
  const { t } = useTranslation();
  usePageTitle(t("supervisorDay.title"));
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("supervisorDay.title")}</h1>
      <p>{t("supervisorDay.intro")}</p>
      <SupervisorDay />
    </section>
  );
}
