import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useApiQuery } from "../api/use-api-query";
import { exportUrl } from "../features/indicators/api/indicators-api";
import { type ChosenValue, IndicatorBreakdown } from "../features/indicators/components/IndicatorBreakdown";
import { IndicatorRows } from "../features/indicators/components/IndicatorRows";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** One indicator: the breakdown that explains it, by the dimension chosen, and the records behind a value. */
export function IndicatorPage() {
  const { t } = useTranslation();
  const { code = "" } = useParams();
  const definitions = useApiQuery("/api/indicators");
  const definition = definitions.data?.find((d) => d.code === code);
  const [by, setBy] = useState("total");
  const [chosen, setChosen] = useState<ChosenValue | null>(null);
  const name = definition ? t(`indicators.${definition.code}.name`) : t("indicatorsDashboard.title");
  usePageTitle(name);
  if (definitions.isLoading) return <Loading />;
  if (!definition)
    return (
      <section className="stack">
        <ErrorAlert error={definitions.error} />
        {definitions.data ? <p>{t("indicatorsDashboard.unknown")}</p> : null}
        <Link to="/indicadores">{t("indicatorsDashboard.back")}</Link>
      </section>
    );
  return (
    <section className="stack" aria-labelledby="page-heading">
      <Link to="/indicadores">{t("indicatorsDashboard.back")}</Link>
      <h1 id="page-heading">{name}</h1>
      <p className="muted">{t(`indicators.${definition.code}.formula`)}</p>
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
    </section>
  );
}
