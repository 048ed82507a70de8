import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { errorResponses, Nullable, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { publishCatalog } from "./commands/publish-catalog.js";
import { catalogKinds, findCatalogKind } from "./kinds.js";
import { presentCatalogVersion } from "./presenter.js";
import { findCatalogVersion, listCatalogVersions, listCurrentCatalogs } from "./queries.js";

const CatalogVersion = Type.Object({
  kind: Type.String(),
  kindName: Type.String(),
  scope: Type.String(),
  version: Type.Integer(),
  note: Nullable(Type.String()),
  createdBy: Nullable(Uuid),
  createdByName: Nullable(Type.String()),
  createdAt: Timestamp,
});
const Document = Type.Object(
  {},
  { additionalProperties: true, description: "El documento del catálogo; su forma la da el tipo" },
);
const CatalogWithContent = Type.Object({ ...CatalogVersion.properties, content: Document });
const Params = Type.Object({
  kind: Type.String({ pattern: "^[a-z][a-z0-9_]{1,60}$" }),
  scope: Type.String({ pattern: "^[a-z0-9][a-z0-9_-]{0,60}$" }),
});

export async function catalogRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/catalog-kinds",
    {
      config: { permission: "authenticated" },
      schema: {
        tags: ["catalogs"],
        summary: "Tipos de catálogo del producto, con el esquema JSON de su documento",
        response: {
          200: Type.Array(
            Type.Object({
              code: Type.String(),
              name: Type.String(),
              description: Type.String(),
              defaultScopes: Type.Array(Type.String()),
              schema: Type.Object({}, { additionalProperties: true }),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async () =>
      catalogKinds().map((kind) => ({
        code: kind.code,
        name: kind.nameEs,
        description: kind.descriptionEs,
        defaultScopes: kind.defaultScopes,
        schema: kind.schema as Record<string, unknown>,
      })),
  );

  app.get(
    "/api/catalogs",
    {
      config: { permission: "authenticated" },
      schema: {
        tags: ["catalogs"],
        summary: "Catálogos del operador, en su versión vigente",
        response: { 200: Type.Array(CatalogVersion), ...errorResponses },
      },
    },
    async (request) => (await inTenant(request, ({ tx }) => listCurrentCatalogs(tx))).map(presentCatalogVersion),
  );

  app.get(
    "/api/catalogs/:kind/:scope",
    {
      config: { permission: "authenticated" },
      schema: {
        tags: ["catalogs"],
        summary: "Un catálogo con su documento: la versión vigente o la pedida",
        params: Params,
        querystring: Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) }),
        response: { 200: CatalogWithContent, ...errorResponses },
      },
    },
    async (request) => {
      const { kind, scope } = request.params;
      const row = await inTenant(request, ({ tx }) => findCatalogVersion(tx, kind, scope, request.query.version));
      if (!row)
        throw new AppError(
          "NOT_FOUND",
          `No existe el catálogo ${kind}/${scope}${request.query.version ? ` v${request.query.version}` : ""}`,
        );
      return { ...presentCatalogVersion(row), content: row.content as Record<string, unknown> };
    },
  );

  app.get(
    "/api/catalogs/:kind/:scope/versions",
    {
      config: { permission: "authenticated" },
      schema: {
        tags: ["catalogs"],
        summary: "Historial de versiones de un catálogo, la más reciente primero",
        params: Params,
        response: { 200: Type.Array(CatalogVersion), ...errorResponses },
      },
    },
    async (request) => {
      const { kind, scope } = request.params;
      const rows = await inTenant(request, ({ tx }) => listCatalogVersions(tx, kind, scope));
      if (rows.length === 0) throw new AppError("NOT_FOUND", `No existe el catálogo ${kind}/${scope}`);
      return rows.map(presentCatalogVersion);
    },
  );

  app.put(
    "/api/catalogs/:kind/:scope",
    {
      config: { permission: "catalogs:manage" },
      schema: {
        tags: ["catalogs"],
        summary: "Publicar una versión nueva de un catálogo (las anteriores se conservan)",
        params: Params,
        body: Type.Object(
          {
            content: Document,
            note: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
            basedOnVersion: Type.Integer({ minimum: 0, description: "La versión de la que partió la edición (0 si es nuevo)" }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ version: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      if (!findCatalogKind(request.params.kind))
        throw new AppError("NOT_FOUND", `No existe el catálogo «${request.params.kind}»`);
      return inTenant(request, (ctx) => publishCatalog({ ...request.params, ...request.body }, ctx));
    },
  );
}
