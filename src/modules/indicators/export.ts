import ExcelJS from "exceljs";
import type { IndicatorDefinition } from "../../platform/extensions/indicator.js";
import { targetWords } from "./presenter.js";
import type { IndicatorReport } from "./read-indicator.js";

const VERDICT_ES = { met: "cumple", missed: "no cumple" } as const;
const UNIT_ES = { percent: "porcentaje", ratio: "razón", count: "conteo" } as const;
const GRAIN_ES = { day: "por día", week: "por semana", month: "por mes" } as const;

/**
 * An indicator as a flat workbook, one sheet per part, plain typed columns and a header row (what a pivot
 * table needs): the values per period and dimension value, and, when asked, the drill-down rows of one
 * period. A value without data is left empty with «sin datos», never 0.
 */
export async function indicatorWorkbook(
  definition: IndicatorDefinition,
  report: IndicatorReport,
  drill?: { period: string; rows: Record<string, string | number | null>[] },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Fideliza";
  const values = workbook.addWorksheet("valores", { views: [{ state: "frozen", ySplit: 1 }] });
  values.columns = [
    { header: "periodo", key: "period", width: 12 },
    { header: report.dimension === "total" ? "total" : report.dimension, key: "key", width: 28 },
    { header: "numerador", key: "numerator", width: 12 },
    { header: "denominador", key: "denominator", width: 13 },
    { header: definition.unit === "percent" ? "porcentaje" : "valor", key: "value", width: 12 },
    { header: "resultado", key: "verdict", width: 12 },
  ];
  values.getRow(1).font = { bold: true };
  for (const series of report.series) {
    for (const cell of series.cells) {
      values.addRow({
        period: cell.period,
        key: series.label ?? series.key,
        numerator: cell.numerator,
        denominator: cell.denominator ?? "",
        value: cell.value ?? "sin datos",
        verdict: cell.verdict ? VERDICT_ES[cell.verdict] : "",
      });
    }
  }
  if (drill) {
    const sheet = workbook.addWorksheet(`detalle ${drill.period}`, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = [
      ...definition.rowColumns.map((c) => ({ header: c.key, key: c.key, width: 18 })),
      { header: "peso en el numerador", key: "numerator_weight", width: 18 },
      { header: "peso en el denominador", key: "denominator_weight", width: 18 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const row of drill.rows) sheet.addRow(row);
  }
  const about = workbook.addWorksheet("indicador");
  about.addRows([
    ["indicador", definition.code],
    ["procedimiento", definition.procedure],
    ["unidad", UNIT_ES[definition.unit]],
    ["meta", targetWords(report.target, definition.unit)],
    ["periodos", `${report.periods[0] ?? ""} a ${report.periods.at(-1) ?? ""} (${GRAIN_ES[report.grain]})`],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
