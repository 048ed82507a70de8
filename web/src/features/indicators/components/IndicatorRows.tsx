import { type ColumnDef, createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import type { Formatters } from "../../../i18n/formatting";
import { DataTable } from "../../../ui/DataTable";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useTableState } from "../../../ui/use-table-state";
import { exportUrl, type IndicatorDefinitionView } from "../api/indicators-api";
import type { ChosenValue } from "./IndicatorBreakdown";
import { type Grain, periodLabel } from "./indicator-format";
import { indicatorText } from "./indicator-labels";

type Row = Record<string, string | number | null>;
const column = createColumnHelper<Row>();

function cellText(format: Formatters, kind: string, value: string | number | null): string {
  if (value === null || value === "") return "";
  switch (kind) {
    case "date":
      return format.date(`${String(value).slice(0, 10)}T12:00:00`);
    case "datetime":
      return format.dateTime(String(value));
    case "number":
      return format.number(Number(value));
    case "money":
      return format.money(Number(value), null);
    case "percent":
      return format.percent(Number(value) / 100, 1);
    default:
      return String(value);
  }
}

/** The records behind one value, a page at a time, with how much each weighs in the numerator and the denominator. */
export function IndicatorRows({
  definition,
  by,
  chosen,
  grain = "month",
}: {
  definition: IndicatorDefinitionView;
  /** The dimension `chosen.key` is a value of (a scoped total passes the scope's dimension). */
  by: string;
  chosen: ChosenValue;
  grain?: Grain;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "en" ? "en" : "es";
  const format = useFormatters();
  const table = useTableState({ pageSize: 25 });
  const page = useApiQuery("/api/indicators/{code}/rows", {
    path: { code: definition.code },
    query: {
      period: chosen.period,
      grain,
      ...(chosen.key === null ? {} : { by, key: chosen.key }),
      limit: table.pageSize,
      offset: (table.page - 1) * table.pageSize,
    },
  });
  const columns = useMemo<ColumnDef<Row, unknown>[]>(
    () => [
      ...definition.rowColumns.map(
        (c) =>
          column.accessor((row) => row[c.key] ?? null, {
            id: c.key,
            // The definition names its columns in both languages (GET /api/indicators).
            header: () => c.label[language],
            cell: (info) => {
              const value = info.getValue() as string | number | null;
              return c.kind === "text" && typeof value === "string"
                ? indicatorText(definition, language, c.key, value)
                : cellText(format, c.kind, value);
            },
            enableSorting: false,
            meta: { numeric: ["number", "money", "percent"].includes(c.kind) },
          }) as ColumnDef<Row, unknown>,
      ),
      column.accessor((row) => row.numerator_weight ?? null, {
        id: "numerator_weight",
        header: () => t("indicatorsDashboard.numeratorWeight"),
        cell: (info) => format.number(Number(info.getValue() ?? 0), 2),
        enableSorting: false,
        meta: { numeric: true },
      }) as ColumnDef<Row, unknown>,
      column.accessor((row) => row.denominator_weight ?? null, {
        id: "denominator_weight",
        header: () => t("indicatorsDashboard.denominatorWeight"),
        cell: (info) => format.number(Number(info.getValue() ?? 0), 2),
        enableSorting: false,
        meta: { numeric: true },
      }) as ColumnDef<Row, unknown>,
    ],
    [definition, t, format, language],
  );
  const totals = page.data?.totals;
  const title = t("indicatorsDashboard.rowsOf", { period: periodLabel(format, chosen.period, grain) });
  return (
    <section className="card stack" aria-labelledby="rows-heading" data-testid="indicator-rows">
      <h2 id="rows-heading">{title}</h2>
      {totals ? (
        <p className="muted" data-testid="indicator-rows-totals">
          {t("indicatorsDashboard.rowsTotals", {
            rows: format.number(totals.rows),
            numerator: format.number(totals.numerator, 2),
            denominator: format.number(totals.denominator, 2),
          })}
        </p>
      ) : null}
      <a
        href={exportUrl(definition.code, {
          ...(chosen.key === null ? {} : { by, key: chosen.key }),
          grain,
          period: chosen.period,
        })}
        download
      >
        {t("indicatorsDashboard.download")}
      </a>
      <ErrorAlert error={page.error} />
      <DataTable
        label={title}
        columns={columns}
        rows={page.data?.rows}
        total={totals?.rows ?? 0}
        state={table}
        getRowId={(row) => JSON.stringify(row)}
        isLoading={page.isLoading}
        emptyText={t("indicatorsDashboard.noRows")}
      />
    </section>
  );
}
