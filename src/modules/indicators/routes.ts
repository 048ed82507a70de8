import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { inTenant, requireActor } from "../../platform/http/in-tenant.js";
import { answerLanguage } from "../../platform/http/language.js";
import { errorResponses, literals } from "../../platform/http/schemas.js";
import { indicatorDefinitions } from "../../platform/manifest.js";
import { indicatorWorkbook } from "./export.js";
import { mayRead, requireReader } from "./policy.js";
import { presentDefinition } from "./presenter.js";
import { findDefinition } from "./read-indicator.js";
import { readDrillDown, readSeries } from "./read-request.js";
import { CodeParams, Definition, Report, RowsPage, RowsQuery, SeriesQuery } from "./schemas.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const tags = ["indicators"];

/**
 * The indicator engine over HTTP: definitions, values per period and dimension, drill-down rows, .xlsx.
 * Any logged-in user reaches the routes; each indicator is then checked against reports:read or its own
 * `readers` (policy.ts), so a module's screen shows its indicator to the roles that work the module.
 */
export async function indicatorRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/indicators",
    {
      config: { permission: "authenticated" },
      schema: {
        tags,
        summary: "Los indicadores instalados que el usuario puede ver, con su meta y sus desgloses",
        response: { 200: Type.Array(Definition), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return indicatorDefinitions()
        .filter((d) => mayRead(actor, d))
        .map(presentDefinition);
    },
  );

  app.get(
    "/api/indicators/:code",
    {
      config: { permission: "authenticated" },
      schema: {
        tags,
        summary: "Un indicador en los últimos periodos (12 meses por defecto), total o por una dimensión, con meta y tendencia",
        params: CodeParams,
        querystring: SeriesQuery,
        response: { 200: Report, ...errorResponses },
      },
    },
    async (request) => {
      requireReader(requireActor(request), findDefinition(request.params.code));
      return inTenant(request, ({ tx, now }) => readSeries(tx, request.params.code, request.query, now));
    },
  );

  app.get(
    "/api/indicators/:code/rows",
    {
      config: { permission: "authenticated" },
      schema: {
        tags,
        summary: "Los registros detrás de un valor (un periodo y, si se pide, un valor de la dimensión), paginados",
        params: CodeParams,
        querystring: RowsQuery,
        response: { 200: RowsPage, ...errorResponses },
      },
    },
    async (request) => {
      requireReader(requireActor(request), findDefinition(request.params.code));
      return inTenant(request, ({ tx }) => readDrillDown(tx, request.params.code, request.query));
    },
  );

  app.get(
    "/api/indicators/:code/export",
    {
      config: { permission: "authenticated" },
      schema: {
        tags,
        summary:
          "Exportar el indicador como .xlsx; con «period», también los registros de ese periodo. En el idioma de «language» o, sin él, de Accept-Language",
        params: CodeParams,
        querystring: Type.Composite([
          SeriesQuery,
          Type.Object({
            period: Type.Optional(RowsQuery.properties.period),
            // A download link cannot set Accept-Language: the web passes the language its reader chose.
            language: Type.Optional(literals(["es", "en"] as const)),
          }),
        ]),
        response: { 200: Type.String({ format: "binary" }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      requireReader(requireActor(request), findDefinition(code));
      const { period, language: asked, ...query } = request.query;
      const language = asked ?? answerLanguage(request.headers["accept-language"]);
      const { report, drill } = await inTenant(request, async ({ tx, now }) => {
        const series = await readSeries(tx, code, query, now);
        const rows = period ? await readDrillDown(tx, code, { ...query, period, limit: EXPORT_ROWS, offset: 0 }) : undefined;
        return { report: series, drill: rows && { period: rows.period, rows: rows.rows } };
      });
      const file = await indicatorWorkbook(findDefinition(code), report, drill, language);
      return reply
        .type(XLSX)
        .header("content-language", language)
        .header(
          "content-disposition",
          `attachment; filename="indicador-${code.replace(".", "-")}${period ? `-${period}` : ""}.xlsx"`,
        )
        .send(file);
    },
  );
}

/** The most drill-down rows one workbook carries (a month of a large campaign fits; the API pages beyond). */
const EXPORT_ROWS = 200_000;
