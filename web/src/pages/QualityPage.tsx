import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { EligibleCalls } from "../features/quality/components/EligibleCalls";
import { EmittedQualityTile } from "../features/quality/components/EmittedQualityTile";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** The quality team's screen (issue 13 §5): emitted quality against its goal, and the calls to score with a card. */
export function QualityPage() {
  const { t } = useTranslation();
  usePageTitle(t("quality.title"));
  const cards = useApiQuery("/api/quality/scorecards");
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("quality.title")}</h1>
      <p>{t("quality.intro")}</p>
      <EmittedQualityTile />
      <ErrorAlert error={cards.error} />
      {cards.isLoading ? <Loading /> : null}
      {cards.data ? <EligibleCalls cards={cards.data.scorecards} /> : null}
    </section>
  );
}
