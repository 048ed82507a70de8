import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { adjustmentsApi } from "../api/adjustments-api";

const CODES = ["rejected", "corrected", "applied"] as const;

/** The seed's three indicators of one cut, each with its formula, and the export. */
export function CutIndicators({ cutDate }: { cutDate: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const indicators = useApiQuery("/api/adjustments/indicators", { query: { dimension: "cut", cut: cutDate } });
  const group = indicators.data?.groups[0];
  return (
    <section className="stack" aria-labelledby="cut-indicators">
      <h2 id="cut-indicators">{t("adjustments.indicators")}</h2>
      <ErrorAlert error={indicators.error} />
      {group && indicators.data ? (
        <dl className="summary-grid" data-testid="adjustments-indicators">
          {CODES.map((code) => (
            <div key={code}>
              <dt title={indicators.data!.formulas[code]}>{t(`adjustments.indicator.${code}`)}</dt>
              <dd>
                {group[code].percent === null ? "—" : `${format.number(group[code].percent!)} %`}{" "}
                <small>{t("adjustments.indicatorRows", { rows: group[code].rows, total: group.total })}</small>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <a className="button-secondary" href={adjustmentsApi.indicatorsExportUrl(cutDate)} download>
        {t("adjustments.exportIndicators")}
      </a>
    </section>
  );
}
