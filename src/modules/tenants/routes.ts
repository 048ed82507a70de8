import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { AppError } from "../../platform/errors.js";
import { inTenant } from "../../platform/http/in-tenant.js";
import { errorResponses, Uuid } from "../../platform/http/schemas.js";
import { readTenantCalendar, updateTenantCalendar } from "../calendar/index.js";
import { findCurrentTenant } from "./queries.js";
import { SUPPORTED_COUNTRIES } from "./rules.js";

// Formats and order are checked by the calendar rules, which name the faulty day in Spanish.
const HoursOfDay = Type.Array(Type.String({ description: "HH:MM" }), { description: "[apertura, cierre] en hora local, HH:MM" });
const WorkingHoursSchema = Type.Object(
  Object.fromEntries(["1", "2", "3", "4", "5", "6", "7"].map((day) => [day, Type.Optional(HoursOfDay)])),
  { additionalProperties: false, description: "Horario por día ISO (1 = lunes … 7 = domingo); un día ausente no es hábil" },
);
const Country = Type.String({
  description: `País del operador, define sus festivos: ${Object.keys(SUPPORTED_COUNTRIES).join(", ")}`,
});

const TenantCalendar = Type.Object({
  id: Uuid,
  name: Type.String(),
  country: Type.String(),
  timezone: Type.String(),
  workingHours: WorkingHoursSchema,
  upcomingHolidays: Type.Array(Type.Object({ date: Type.String({ format: "date" }), name: Type.String() }), {
    description: "Festivos nacionales de los próximos 12 meses",
  }),
});

export async function tenantRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  const readTenant = (request: Parameters<typeof inTenant>[0]) =>
    inTenant(request, async ({ tx, now }) => {
      const tenant = await findCurrentTenant(tx);
      if (!tenant) throw new AppError("NOT_FOUND", "Operador no encontrado");
      return { id: tenant.id, name: tenant.name, ...(await readTenantCalendar(tx, now)) };
    });

  app.get(
    "/api/tenant",
    {
      config: { permission: "authenticated" },
      schema: {
        tags: ["tenant"],
        summary: "El operador del usuario: país, zona horaria, horario laboral y próximos festivos",
        response: { 200: TenantCalendar, ...errorResponses },
      },
    },
    async (request) => readTenant(request),
  );

  app.put(
    "/api/tenant",
    {
      config: { permission: "tenant:manage" },
      schema: {
        tags: ["tenant"],
        summary: "Cambiar el país, la zona horaria y el horario laboral del operador",
        body: Type.Object(
          { country: Country, timezone: Type.String({ minLength: 1, maxLength: 60 }), workingHours: WorkingHoursSchema },
          { additionalProperties: false },
        ),
        response: { 200: TenantCalendar, ...errorResponses },
      },
    },
    async (request) => {
      await inTenant(request, (ctx) => updateTenantCalendar(request.body, ctx));
      return readTenant(request);
    },
  );
}
