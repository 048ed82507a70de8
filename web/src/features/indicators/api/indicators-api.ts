import type { ApiResponse } from "../../../api/client";
import { currentLanguage } from "../../../i18n";

export type IndicatorDefinitionView = ApiResponse<"/api/indicators">[number];
export type IndicatorReport = ApiResponse<"/api/indicators/{code}">;
export type IndicatorCell = IndicatorReport["series"][number]["cells"][number];
export type IndicatorRowsPage = ApiResponse<"/api/indicators/{code}/rows">;

/**
 * The .xlsx of an indicator's trend (and of one period's rows when `period` is given), downloaded by the browser,
 * in the language the reader chose (a link cannot set Accept-Language, so it travels as `language`).
 */
export function exportUrl(code: string, query: { by?: string; key?: string; grain?: string; period?: string }): string {
  const params = new URLSearchParams({
    ...(query.by ? { by: query.by } : {}),
    ...(query.key ? { key: query.key } : {}),
    ...(query.grain && query.grain !== "month" ? { grain: query.grain } : {}),
    ...(query.period ? { period: query.period } : {}),
    ...(currentLanguage() === "en" ? { language: "en" } : {}),
  });
  const suffix = params.size > 0 ? `?${params}` : "";
  return `/api/indicators/${encodeURIComponent(code)}/export${suffix}`;
}
