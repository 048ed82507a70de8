import { useTranslation } from "react-i18next";
import { IndicatorFigures } from "../../indicators/components/IndicatorFigures";

const CODES = ["adjustments.rejected", "adjustments.corrected", "adjustments.applied"] as const;

/** The seed's three indicators of one cut, from the indicator engine, each with its formula and its .xlsx. */
export function CutIndicators({ cutDate }: { cutDate: string }) {
  const { t } = useTranslation();
  return (
    <section className="stack" aria-labelledby="cut-indicators">
      <h2 id="cut-indicators">{t("adjustments.indicators")}</h2>
      <IndicatorFigures codes={CODES} scope={{ last: cutDate, by: "cut", value: cutDate }} testId="adjustments-indicators" />
    </section>
  );
}
