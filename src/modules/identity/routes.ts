import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import type { Actor } from "../../platform/context.js";
import { inTenant, requireActor } from "../../platform/http/in-tenant.js";
import { PageOf, pageQuery, pageWindow, sortsOf } from "../../platform/http/paging.js";
import { errorResponses, Nullable, Ok, Timestamp, Uuid } from "../../platform/http/schemas.js";
import { announceCredentialsChange } from "./commands/announce-credentials-change.js";
import { createUser } from "./commands/create-user.js";
import { login } from "./commands/login.js";
import { logout } from "./commands/logout.js";
import { createApiToken, revokeOwnApiToken } from "./commands/manage-api-tokens.js";
import { resetPassword, setActive, updateUser } from "./commands/manage-user.js";
import { listApiTokens, listRoles, listUsers, USER_SORTS, type UserRow } from "./queries.js";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.js";

const Me = Type.Object({
  userId: Nullable(Uuid),
  tenantId: Uuid,
  email: Type.String(),
  fullName: Type.String(),
  roles: Type.Array(Type.String()),
  permissions: Type.Array(Type.String()),
  csrfToken: Nullable(Type.String()),
});

function presentMe(actor: Actor, csrfToken: string | null) {
  return {
    userId: actor.userId,
    tenantId: actor.tenantId,
    email: actor.email,
    fullName: actor.fullName,
    roles: actor.roles,
    permissions: [...actor.permissions].sort(),
    csrfToken,
  };
}

const User = Type.Object({
  id: Uuid,
  email: Type.String(),
  fullName: Type.String(),
  isActive: Type.Boolean(),
  roles: Type.Array(Type.String()),
  lockedUntil: Nullable(Timestamp),
  lastLoginAt: Nullable(Timestamp),
});

function presentUser(u: UserRow) {
  return {
    id: u.id,
    email: u.email,
    fullName: u.full_name,
    isActive: u.is_active,
    roles: u.roles,
    lockedUntil: u.locked_until?.toISOString() ?? null,
    lastLoginAt: u.last_login_at?.toISOString() ?? null,
  };
}

const ApiToken = Type.Object({
  id: Uuid,
  name: Type.String(),
  createdAt: Timestamp,
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
});

export async function identityRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  /** After a committed change to a user's access: every instance drops what it cached of that user. */
  const forgetCredentials = async (userId: string) => {
    await announceCredentialsChange(app.db, userId);
    app.authenticator.forgetUser(userId);
  };

  app.post(
    "/api/auth/login",
    {
      config: { permission: "public", rateLimit: { max: app.config.loginRateLimitPerMinute, timeWindow: "1 minute" } },
      schema: {
        tags: ["auth"],
        summary: "Iniciar sesión (abre una cookie de sesión y devuelve el token CSRF)",
        body: Type.Object({
          email: Type.String({ minLength: 3, maxLength: 254 }),
          password: Type.String({ minLength: 1, maxLength: 200 }),
        }),
        response: { 200: Me, ...errorResponses, 423: Type.Ref("Problem"), 429: Type.Ref("Problem") },
      },
    },
    async (request, reply) => {
      const result = await login(app.db, request.body, { now: new Date(), sessionTtlHours: app.config.sessionTtlHours });
      setSessionCookie(reply, result.sessionToken, { secure: app.config.cookieSecure, expires: result.expiresAt });
      return presentMe(result.actor, result.csrfToken);
    },
  );

  app.post(
    "/api/auth/logout",
    {
      config: { permission: "authenticated" },
      schema: { tags: ["auth"], summary: "Cerrar la sesión actual", response: { 200: Ok, ...errorResponses } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (request.sessionToken) {
        await logout(app.db, actor, request.sessionToken, new Date());
        await announceCredentialsChange(app.db, actor.userId);
        app.authenticator.forgetUser(actor.userId ?? "*");
      }
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.get(
    "/api/auth/session",
    {
      config: { permission: "authenticated" },
      schema: {
        tags: ["auth"],
        summary: "Usuario, roles y permisos de la sesión actual",
        response: { 200: Me, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const csrf = request.sessionToken
        ? (await app.authenticator.fromSession(request.sessionToken, Date.now())).csrfToken
        : null;
      return presentMe(actor, csrf);
    },
  );

  app.get(
    "/api/ping",
    {
      config: { permission: "authenticated" },
      schema: { tags: ["auth"], summary: "Comprueba credenciales sin tocar datos", response: { 200: Ok, ...errorResponses } },
    },
    async () => ({ ok: true as const }),
  );

  app.get(
    "/api/roles",
    {
      config: { permission: "authenticated" },
      schema: {
        tags: ["identity"],
        summary: "Roles del catálogo con sus permisos",
        response: {
          200: Type.Array(
            Type.Object({
              code: Type.String(),
              nameEs: Type.String(),
              nameEn: Type.String(),
              permissions: Type.Array(Type.String()),
            }),
          ),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      (await inTenant(request, ({ tx }) => listRoles(tx))).map((r) => ({
        code: r.code,
        nameEs: r.name_es,
        nameEn: r.name_en,
        permissions: r.permissions,
      })),
  );

  app.get(
    "/api/users",
    {
      config: { permission: "users:read" },
      schema: {
        tags: ["identity"],
        summary: "Usuarios del operador, por páginas",
        querystring: Type.Object({
          q: Type.Optional(Type.String({ maxLength: 200, description: "Parte del nombre o del correo" })),
          active: Type.Optional(Type.Boolean()),
          role: Type.Optional(Type.String({ maxLength: 100 })),
          ...pageQuery(sortsOf(USER_SORTS)),
        }),
        response: { 200: PageOf(User), ...errorResponses },
      },
    },
    async (request) => {
      const window = pageWindow(request.query);
      const { rows, total } = await inTenant(request, ({ tx }) => listUsers(tx, request.query, window));
      return { items: rows.map(presentUser), total, page: window.page, pageSize: window.pageSize };
    },
  );

  app.patch(
    "/api/users/:id",
    {
      config: { permission: "users:manage" },
      schema: {
        tags: ["identity"],
        summary: "Cambiar el nombre y los roles de un usuario",
        params: Type.Object({ id: Uuid }),
        body: Type.Object({
          fullName: Type.String({ minLength: 1, maxLength: 200 }),
          roles: Type.Array(Type.String(), { minItems: 1 }),
        }),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      const change = await inTenant(request, (ctx) => updateUser(request.params.id, request.body, ctx));
      if (change.credentialsChanged) await forgetCredentials(request.params.id);
      return { ok: true as const };
    },
  );

  for (const [path, isActive, summary] of [
    ["deactivate", false, "Desactivar un usuario (cierra sus sesiones; sus tokens dejan de servir)"],
    ["activate", true, "Reactivar un usuario desactivado"],
  ] as const) {
    app.post(
      `/api/users/:id/${path}`,
      {
        config: { permission: "users:manage" },
        schema: { tags: ["identity"], summary, params: Type.Object({ id: Uuid }), response: { 200: Ok, ...errorResponses } },
      },
      async (request) => {
        const change = await inTenant(request, (ctx) => setActive(request.params.id, isActive, ctx));
        if (change.credentialsChanged) await forgetCredentials(request.params.id);
        return { ok: true as const };
      },
    );
  }

  app.post(
    "/api/users/:id/password",
    {
      config: { permission: "users:manage" },
      schema: {
        tags: ["identity"],
        summary: "Restablecer la contraseña de un usuario (cierra sus sesiones y quita el bloqueo)",
        params: Type.Object({ id: Uuid }),
        body: Type.Object({ password: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      await inTenant(request, (ctx) => resetPassword(request.params.id, request.body.password, ctx));
      await forgetCredentials(request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    "/api/users",
    {
      config: { permission: "users:manage" },
      schema: {
        tags: ["identity"],
        summary: "Crear un usuario con sus roles",
        body: Type.Object({
          email: Type.String({ minLength: 3, maxLength: 254 }),
          fullName: Type.String({ minLength: 1, maxLength: 200 }),
          password: Type.String({ minLength: 1, maxLength: 200 }),
          roles: Type.Array(Type.String(), { minItems: 1 }),
        }),
        response: { 201: Type.Object({ id: Uuid }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await inTenant(request, (ctx) => createUser(request.body, ctx));
      return reply.status(201).send(created);
    },
  );

  app.get(
    "/api/tokens",
    {
      config: { permission: "tokens:own" },
      schema: { tags: ["identity"], summary: "Mis tokens de API", response: { 200: Type.Array(ApiToken), ...errorResponses } },
    },
    async (request) => (await inTenant(request, ({ tx, actor }) => listApiTokens(tx, actor.userId ?? ""))).map(presentToken),
  );

  app.post(
    "/api/tokens",
    {
      config: { permission: "tokens:own" },
      schema: {
        tags: ["identity"],
        summary: "Crear un token de API (el secreto se muestra una sola vez)",
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }) }),
        response: { 201: Type.Object({ token: Type.String(), apiToken: ApiToken }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { token, row } = await inTenant(request, (ctx) => createApiToken(request.body, ctx));
      return reply.status(201).send({ token, apiToken: presentToken(row) });
    },
  );

  app.delete(
    "/api/tokens/:id",
    {
      config: { permission: "tokens:own" },
      schema: {
        tags: ["identity"],
        summary: "Revocar un token de API propio",
        params: Type.Object({ id: Uuid }),
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await inTenant(request, (ctx) => revokeOwnApiToken(request.params.id, ctx));
      await announceCredentialsChange(app.db, actor.userId);
      app.authenticator.forgetUser(actor.userId ?? "*");
      return { ok: true as const };
    },
  );
}

function presentToken(row: { id: string; name: string; created_at: Date; last_used_at: Date | null; revoked_at: Date | null }) {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}
