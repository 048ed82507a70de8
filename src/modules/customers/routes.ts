import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { errorResponses, Nullable, Ok, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { addProduct } from "./commands/add-product.js";
import { createCustomer } from "./commands/create-customer.js";
import { recordBilling } from "./commands/record-billing.js";
import { recordClaim } from "./commands/record-claim.js";
import { updateCustomer } from "./commands/update-customer.js";
import { presentCustomerPage, presentCustomerSummary } from "./presenter.js";
import { CUSTOMER_SORTS, type CustomerSort, findCustomerPage, listCustomers, searchCustomers } from "./queries.js";
import { BillingInput, ClaimInput, CustomerInput, ProductInput } from "./schemas.js";

const CustomerSummary = Type.Object({
  id: Uuid,
  code: Type.String(),
  documentId: Type.String(),
  fullName: Type.String(),
  tier: Type.String(),
  phone: Nullable(Type.String()),
  city: Nullable(Type.String()),
});

const CustomerList = Type.Object({
  items: Type.Array(CustomerSummary),
  total: Type.Integer({ description: "Clientes que cumplen el filtro, en todas las páginas" }),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

const Product = Type.Object({
  id: Uuid,
  serviceNumber: Type.String(),
  kind: Type.String(),
  technology: Type.String(),
  plan: Type.String(),
  status: Type.String(),
  withdrawnForNonPayment: Type.Boolean(),
  monthlyFee: Nullable(Type.Number()),
  activatedOn: Nullable(Type.String()),
});

const Claim = Type.Object({
  id: Uuid,
  code: Type.String(),
  productId: Uuid,
  category: Type.String(),
  description: Nullable(Type.String()),
  openedAt: Type.String(),
  resolvedAt: Nullable(Type.String()),
});

const CustomerPage = Type.Object({
  ...CustomerSummary.properties,
  email: Nullable(Type.String()),
  address: Nullable(Type.String()),
  isDelinquent: Type.Boolean(),
  hasCreditBureauFlag: Type.Boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  products: Type.Array(Product),
  claims: Type.Array(Claim, { description: "Reclamos de los últimos 90 días, el más reciente primero" }),
  billing: Type.Array(Type.Object({ period: Type.String(), amount: Type.Number() }), {
    description: "Últimos 6 meses facturados",
  }),
  billingAverage: Nullable(Type.Number()),
});

const IdParams = Type.Object({ id: Uuid });
const Created = Type.Object({ id: Uuid });

export const CLAIM_WINDOW_DAYS = 90;
export const BILLING_MONTHS = 6;

export async function customerRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    "/api/customers",
    {
      config: { permission: "customers:read" },
      schema: {
        tags: ["customers"],
        summary: "Listar los clientes por páginas, ordenados y con el total; o buscarlos (solo q y limit)",
        description:
          "Con page, pageSize o sort (o sin q) responde {items, total, page, pageSize}. Con solo q (y limit), la búsqueda del buscador: una lista con los identificadores exactos primero (código, documento, teléfono, número de servicio) y luego los nombres parecidos.",
        querystring: Type.Object({
          q: Type.Optional(Type.String({ minLength: 2, maxLength: 100 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
          page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
          pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          sort: Type.Optional(
            Type.Union(
              CUSTOMER_SORTS.map((s) => Type.Literal(s)),
              { description: "«-» delante: descendente" },
            ),
          ),
        }),
        response: { 200: Type.Union([CustomerList, Type.Array(CustomerSummary)]), ...errorResponses },
      },
    },
    async (request) => {
      const { q, limit, page, pageSize, sort } = request.query;
      if (q !== undefined && page === undefined && pageSize === undefined && sort === undefined) {
        const rows = await inTenant(request, ({ tx }) => searchCustomers(tx, q.trim(), limit ?? 20));
        return rows.map(presentCustomerSummary);
      }
      const options = {
        query: q?.trim() || null,
        sort: (sort ?? "code") as CustomerSort,
        page: page ?? 1,
        pageSize: pageSize ?? 50,
      };
      const { rows, total } = await inTenant(request, ({ tx }) => listCustomers(tx, options));
      return { items: rows.map(presentCustomerSummary), total, page: options.page, pageSize: options.pageSize };
    },
  );

  app.get(
    "/api/customers/:id",
    {
      config: { permission: "customers:read" },
      schema: {
        tags: ["customers"],
        summary: "Ficha del cliente",
        params: IdParams,
        response: { 200: CustomerPage, ...errorResponses },
      },
    },
    async (request) => {
      const row = await inTenant(request, ({ tx, now }) =>
        findCustomerPage(tx, request.params.id, { now, claimDays: CLAIM_WINDOW_DAYS, billingMonths: BILLING_MONTHS }),
      );
      if (!row) throw new AppError("NOT_FOUND", "Cliente no encontrado");
      return presentCustomerPage(row);
    },
  );

  app.post(
    "/api/customers",
    {
      config: { permission: "customers:write" },
      schema: {
        tags: ["customers"],
        summary: "Registrar un cliente",
        body: CustomerInput,
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await inTenant(request, (ctx) => createCustomer(request.body, ctx))),
  );

  app.put(
    "/api/customers/:id",
    {
      config: { permission: "customers:write" },
      schema: {
        tags: ["customers"],
        summary: "Actualizar los datos de un cliente",
        params: IdParams,
        body: CustomerInput,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await inTenant(request, (ctx) => updateCustomer(request.params.id, request.body, ctx));
      return { ok: true as const };
    },
  );

  app.post(
    "/api/customers/:id/products",
    {
      config: { permission: "customers:write" },
      schema: {
        tags: ["customers"],
        summary: "Agregar un producto al cliente",
        params: IdParams,
        body: ProductInput,
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inTenant(request, (ctx) => addProduct(request.params.id, request.body, ctx))),
  );

  app.post(
    "/api/claims",
    {
      config: { permission: "customers:write" },
      schema: {
        tags: ["customers"],
        summary: "Registrar un reclamo sobre un producto",
        body: ClaimInput,
        response: { 201: Created, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await inTenant(request, (ctx) => recordClaim(request.body, ctx))),
  );

  app.put(
    "/api/customers/:id/billing",
    {
      config: { permission: "customers:write" },
      schema: {
        tags: ["customers"],
        summary: "Registrar la facturación de un mes",
        params: IdParams,
        body: BillingInput,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await inTenant(request, (ctx) => recordBilling(request.params.id, request.body, ctx));
      return { ok: true as const };
    },
  );
}
