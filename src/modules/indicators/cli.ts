import fs from "node:fs/promises";
import type { Command } from "commander";
import { asActor, parseFormat } from "../../platform/cli.js";
import { AppError } from "../../platform/errors.js";
import type { Language } from "../../platform/http/language.js";
import type { CliKit } from "../../platform/manifest.js";
import { actingUser, firstUserWithRole } from "../identity/index.js";
import { indicatorWorkbook } from "./export.js";
import { PERMISSIONS } from "./policy.js";
import { formatValue, seriesLabel, targetWords, WORDS } from "./presenter.js";
import { findDefinition } from "./read-indicator.js";
import { readDrillDown, readSeries, type SeriesRequest } from "./read-request.js";
import type { Grain } from "./rules.js";

interface Options {
  tenant: string;
  user?: string;
  last?: string;
  grain?: string;
  periods?: string;
  by?: string;
  key?: string;
  format?: string;
  out?: string;
  period?: string;
  language?: string;
}

const seriesRequest = (o: Options): SeriesRequest => ({
  ...(o.last ? { last: o.last } : {}),
  ...(o.grain ? { grain: parseGrain(o.grain) } : {}),
  ...(o.periods ? { periods: Number(o.periods) } : {}),
  ...(o.by ? { by: o.by } : {}),
  ...(o.key ? { key: o.key } : {}),
});

function parseGrain(raw: string): Grain {
  if (raw === "day" || raw === "week" || raw === "month") return raw;
  throw new AppError("VALIDATION_FAILED", `Grano desconocido «${raw}»; use day, week o month`, { field: "grain" });
}

function parseLanguage(raw: string | undefined): Language {
  if (raw === undefined || raw === "es" || raw === "en") return raw ?? "es";
  throw new AppError("VALIDATION_FAILED", `Idioma desconocido «${raw}»; use es o en`, { field: "language" });
}

/** `fideliza indicators show|export <code>`: one indicator over its periods, as text, JSON or .xlsx. */
export function registerIndicatorsCommand(program: Command, { withDatabase }: CliKit): void {
  const indicators = program.command("indicators").description("Indicadores de gestión: valores por periodo, meta y tendencia");
  const common = (command: Command) =>
    command
      .argument("<code>", "código del indicador, p. ej. servicerequests.annulment_avoidance")
      .requiredOption("--tenant <slug>", "operador")
      .option("--user <email>", "usuario que consulta (por defecto, el primero de Gerencia Comercial)")
      .option("--last <AAAA-MM-DD>", "un día del último periodo (por defecto, hoy)")
      .option("--grain <grano>", "day, week o month", "month")
      .option("--periods <n>", "cuántos periodos", "12")
      .option("--by <dimensión>", "desglose (por defecto, el total)")
      .option("--key <valor>", "solo un valor de la dimensión")
      .option("--language <idioma>", "es o en: idioma de los textos y de los encabezados", "es");
  const run = (code: string, options: Options) =>
    withDatabase(async ({ db }) => {
      findDefinition(code);
      const actor = await actingUser(db, {
        ...options,
        permission: PERMISSIONS.read,
        defaultEmail: firstUserWithRole("commercial_management"),
      });
      return asActor(db, actor, async ({ tx, now }) => {
        const report = await readSeries(tx, code, seriesRequest(options), now);
        const drill = options.period
          ? await readDrillDown(tx, code, { ...seriesRequest(options), period: options.period, limit: EXPORT_ROWS, offset: 0 })
          : undefined;
        return { report, drill: drill && { period: drill.period, rows: drill.rows } };
      });
    });

  common(indicators.command("show").description("Muestra el indicador por periodo"))
    .option("--format <format>", "text o json", "text")
    .action(async (code: string, options: Options) => {
      const format = parseFormat(options.format, ["text", "json"]);
      const language = parseLanguage(options.language);
      const words = WORDS[language];
      const count = (n: number) => n.toLocaleString(language === "es" ? "es-CO" : "en");
      const { report } = await run(code, options);
      if (format === "json") {
        console.log(JSON.stringify(report, null, 2));
        return;
      }
      console.log(
        `${report.code} · ${words.procedure} ${report.procedure} · ${targetWords(report.target, report.unit, language)}`,
      );
      if (report.series.length === 0) console.log(`  ${words.noData}`);
      for (const series of report.series) {
        console.log(
          report.dimension === "total" ? words.total : seriesLabel(findDefinition(code), report.dimension, series, language),
        );
        for (const cell of series.cells) {
          const verdict = cell.verdict ? ` · ${words.verdicts[cell.verdict]}` : "";
          console.log(
            `  ${cell.period}  ${formatValue(report.unit, cell.value, language)}  (${count(cell.numerator)}/${cell.denominator === null ? "—" : count(cell.denominator)})${verdict}`,
          );
        }
      }
    });

  common(indicators.command("export").description("Exporta el indicador como .xlsx"))
    .requiredOption("--out <archivo>", "archivo .xlsx de salida")
    .option("--period <AAAA-MM-DD>", "un día del periodo cuyos registros se agregan, con los encabezados de sus columnas")
    .action(async (code: string, options: Options) => {
      const language = parseLanguage(options.language);
      const { report, drill } = await run(code, options);
      await fs.writeFile(options.out!, await indicatorWorkbook(findDefinition(code), report, drill, language));
      const rows = drill ? `, ${drill.rows.length} registros` : "";
      console.log(`${options.out}: ${report.series.length} series, ${report.periods.length} periodos${rows}`);
    });
}

/** The most drill-down rows one workbook carries, as over the API (routes.ts). */
const EXPORT_ROWS = 200_000;
