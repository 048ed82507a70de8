import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { exportUrl, type IndicatorDefinitionView } from "../api/indicators-api";
import { type ChosenValue, IndicatorBreakdown } from "./IndicatorBreakdown";
import { IndicatorRows } from "./IndicatorRows";
import type { Grain, IndicatorScope } from "./indicator-format";

/** One way to break an indicator down: an engine dimension, optionally only the keys of one scope («campaign/…»). */
export interface BreakdownChoice {
  by: string;
  keyPrefix?: string;
}

/**
 * An indicator's breakdown by the dimension chosen and the paged records behind the value clicked, with
 * the .xlsx of both: the engine's page for one indicator, and a module's screen for several (a select
 * picks which). `scope` holds one dimension value fixed (a campaign); `choices` then says which breakdowns
 * stay within it. Without `choices`, every dimension the definition declares.
 */
export function IndicatorExplorer({
  definitions,
  scope,
  choices,
  grain = "month",
}: {
  definitions: IndicatorDefinitionView[];
  scope?: IndicatorScope;
  choices?: (definition: IndicatorDefinitionView) => BreakdownChoice[];
  grain?: Grain;
}) {
  const { t } = useTranslation();
  const indicatorId = useId();
  const byId = useId();
  const [code, setCode] = useState(definitions[0]?.code ?? "");
  const [by, setBy] = useState("total");
  const [chosen, setChosen] = useState<ChosenValue | null>(null);
  const definition = definitions.find((d) => d.code === code) ?? definitions[0];
  if (!definition) return null;
  const options: BreakdownChoice[] = [
    { by: "total" },
    ...(choices ? choices(definition) : definition.dimensions.map((dimension) => ({ by: dimension }))),
  ];
  const choice = options.find((o) => o.by === by) ?? options[0]!;
  const pick = (next: { code?: string; by?: string }) => {
    if (next.code) setCode(next.code);
    setBy(next.by ?? (next.code ? "total" : by));
    setChosen(null);
  };
  // A scoped total reads (and drills into) the scope's value of the scope's dimension.
  const rowsBy = choice.by === "total" && scope ? scope.by : choice.by;
  const trend =
    choice.by === "total"
      ? exportUrl(definition.code, { ...(scope ?? {}), grain })
      : exportUrl(definition.code, { by: choice.by, grain });
  return (
    <>
      <div className="toolbar">
        {definitions.length > 1 ? (
          <div className="field">
            <label htmlFor={indicatorId}>{t("indicatorsDashboard.indicator")}</label>
            <select
              id={indicatorId}
              value={definition.code}
              onChange={(event) => pick({ code: event.target.value })}
              data-testid="indicator-code"
            >
              {definitions.map((d) => (
                <option key={d.code} value={d.code}>
                  {t(`indicators.${d.code}.name`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={byId}>{t("indicatorsDashboard.by")}</label>
          <select id={byId} value={choice.by} onChange={(event) => pick({ by: event.target.value })} data-testid="indicator-by">
            {options.map((option) => (
              <option key={option.by} value={option.by}>
                {t(`indicatorDimensions.${option.by}`)}
              </option>
            ))}
          </select>
        </div>
        <a href={trend} download>
          {t("indicatorsDashboard.downloadTrend")}
        </a>
      </div>
      <IndicatorBreakdown
        key={`${definition.code}:${choice.by}`}
        definition={definition}
        by={choice.by}
        onChoose={setChosen}
        grain={grain}
        {...(scope ? { scope } : {})}
        {...(choice.keyPrefix ? { keyPrefix: choice.keyPrefix } : {})}
        title={t("indicatorsDashboard.breakdownOf", {
          name: t(`indicators.${definition.code}.name`),
          by: t(`indicatorDimensions.${choice.by}`),
        })}
      />
      {chosen ? (
        <IndicatorRows
          key={`${definition.code}:${choice.by}:${chosen.period}:${chosen.key}`}
          definition={definition}
          by={rowsBy}
          chosen={chosen}
          grain={grain}
        />
      ) : null}
    </>
  );
}
