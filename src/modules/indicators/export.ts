import ExcelJS from "exceljs";
import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";
import type { Language } from "../../platform/http/language.js";
import { columnLabel, rowInWords, seriesLabel, targetWords, WORDS } from "./presenter.js";
import type { IndicatorReport } from "./read-indicator.js";

/**
 * An indicator as a flat workbook, one sheet per part, plain typed columns and a header row (what a pivot
 * table needs): the values per period and dimension value, and, when asked, the drill-down rows of one
 * period, headed by the definition's column labels. Everything a person reads is in `language`; a value
 * without data is left empty with «sin datos», never 0.
 */
export async function indicatorWorkbook(
  definition: IndicatorDefinition,
  report: IndicatorReport,
  drill?: { period: string; rows: Record<string, string | number | null>[] },
  language: Language = "es",
): Promise<Buffer> {
  const words = WORDS[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Fideliza";
  const values = workbook.addWorksheet(words.valuesSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  values.columns = [
    { header: words.period, key: "period", width: 12 },
    {
      header: report.dimension === "total" ? words.total : columnLabel(definition, report.dimension, language),
      key: "key",
      width: 28,
    },
    { header: words.numerator, key: "numerator", width: 12 },
    { header: words.denominator, key: "denominator", width: 13 },
    { header: definition.unit === "percent" ? words.percent : words.value, key: "value", width: 12 },
    { header: words.verdict, key: "verdict", width: 12 },
  ];
  values.getRow(1).font = { bold: true };
  for (const series of report.series) {
    for (const cell of series.cells) {
      values.addRow({
        period: cell.period,
        key: report.dimension === "total" ? words.total : seriesLabel(definition, report.dimension, series, language),
        numerator: cell.numerator,
        denominator: cell.denominator ?? "",
        value: cell.value ?? words.noData,
        verdict: cell.verdict ? words.verdicts[cell.verdict] : "",
      });
    }
  }
  if (drill) {
    const sheet = workbook.addWorksheet(`${words.rowsSheet} ${drill.period}`, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = [
      ...definition.rowColumns.map((c) => ({ header: c.label[language], key: c.key, width: 18 })),
      { header: words.numeratorWeight, key: "numerator_weight", width: 18 },
      { header: words.denominatorWeight, key: "denominator_weight", width: 18 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const row of drill.rows) sheet.addRow(rowInWords(definition, row, language));
  }
  const about = workbook.addWorksheet(words.aboutSheet);
  about.addRows([
    [words.indicator, definition.code],
    [words.procedure, definition.procedure],
    [words.unit, words.units[definition.unit]],
    [words.target, targetWords(report.target, definition.unit, language)],
    [words.periods, `${report.periods[0] ?? ""} ${words.to} ${report.periods.at(-1) ?? ""} (${words.grains[report.grain]})`],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
