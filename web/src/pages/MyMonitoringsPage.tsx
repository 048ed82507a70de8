import { useTranslation } from "react-i18next";
import { MyMonitorings } from "../features/quality/components/MyMonitorings";
import { usePageTitle } from "../ui/use-page-title";

/** The advisor's quality monitorings, each acknowledged with «Enterado». */
export function MyMonitoringsPage() {
  const { t } = useTranslation();
  usePageTitle(t("quality.mine.title"));
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("quality.mine.title")}</h1>
      <p>{t("quality.mine.intro")}</p>
      <MyMonitorings />
    </section>
  );
}
