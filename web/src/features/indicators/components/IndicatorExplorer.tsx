import { useState } from "react";
import { useTranslation } from "react-i18next";
import { exportUrl, type IndicatorDefinitionView } from "../api/indicators-api";
import { type ChosenValue, IndicatorBreakdown } from "./IndicatorBreakdown";
import { IndicatorRows } from "./IndicatorRows";

/**
 * One indicator explored: its breakdown month by month by the dimension chosen, the trend's .xlsx, and the
 * records behind the value opened. The indicator's page and the modules' own screens (the annulment
 * indicator) show the same.
 */
export function IndicatorExplorer({ definition }: { definition: IndicatorDefinitionView }) {
  const { t } = useTranslation();
  const [by, setBy] = useState("total");
  const [chosen, setChosen] = useState<ChosenValue | null>(null);
  return (
    <>
      <div className="toolbar">
        <label className="field">
          <span>{t("indicatorsDashboard.by")}</span>
          <select
            value={by}
            onChange={(event) => {
              setBy(event.target.value);
              setChosen(null);
            }}
            data-testid="indicator-by"
          >
            {["total", ...definition.dimensions].map((dimension) => (
              <option key={dimension} value={dimension}>
                {t(`indicatorDimensions.${dimension}`)}
              </option>
            ))}
          </select>
        </label>
        <a href={exportUrl(definition.code, { by: by === "total" ? undefined : by })} download>
          {t("indicatorsDashboard.downloadTrend")}
        </a>
      </div>
      <IndicatorBreakdown definition={definition} by={by} onChoose={setChosen} />
      {chosen ? (
        <IndicatorRows key={`${by}:${chosen.period}:${chosen.key}`} definition={definition} by={by} chosen={chosen} />
      ) : null}
    </>
  );
}
