import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, login, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "acme");
  testApp = await buildTestApp(testDb);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

describe("login, sessions and tokens", () => {
  it("logs in, reads the session and logs out; the cookie is http-only", async () => {
    const response = await testApp.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: tenant.users.advisor!.email, password: "clave-de-prueba-1" },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === "fz_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");

    const session = await login(testApp.app, tenant.users.advisor!.email);
    const me = await session.request({ url: "/api/auth/session" });
    expect(me.json()).toMatchObject({ email: tenant.users.advisor!.email, roles: ["advisor"] });

    expect((await session.request({ method: "POST", url: "/api/auth/logout" })).statusCode).toBe(200);
    const after = await session.request({ url: "/api/auth/session" });
    expect(after.statusCode).toBe(401);
    expect(after.headers["content-type"]).toContain("application/problem+json");
  });

  it("refuses a wrong password in Spanish and locks the account after five failures", async () => {
    const email = tenant.users.billing!.email;
    for (let attempt = 1; attempt <= 4; attempt++) {
      const response = await testApp.app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email, password: "mala-clave" },
      });
      expect(response.statusCode).toBe(401);
      expect(response.json().title).toBe("Correo o contraseña incorrectos");
    }
    const fifth = await testApp.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password: "mala-clave" },
    });
    expect(fifth.statusCode).toBe(423);
    // Even the right password is refused while locked.
    const locked = await testApp.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password: "clave-de-prueba-1" },
    });
    expect(locked.statusCode).toBe(423);
    const events = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query("SELECT action FROM events WHERE subject_id = $1 ORDER BY id", [tenant.users.billing!.id]),
    );
    expect(events.rows.map((r) => r.action)).toEqual([...Array(4).fill("login_failed"), "account_locked"]);
  });

  it("an unknown email gets the same answer as a wrong password", async () => {
    const response = await testApp.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: "nadie@x.test", password: "x" },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe("INVALID_CREDENTIALS");
  });

  it("rejects a cookie write without the CSRF token", async () => {
    const session = await login(testApp.app, tenant.users.admin!.email);
    const response = await session.request({
      method: "POST",
      url: "/api/tokens",
      payload: { name: "x" },
      headers: { "x-csrf-token": "otro" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("CSRF_INVALID");
  });

  it("an API token authenticates without cookie or CSRF, and stops working once revoked", async () => {
    const session = await login(testApp.app, tenant.users.back_office!.email);
    const created = await session.request({ method: "POST", url: "/api/tokens", payload: { name: "integración" } });
    expect(created.statusCode).toBe(201);
    const { token, apiToken } = created.json();
    const authorization = `Bearer ${token}`;
    const viaToken = await testApp.app.inject({
      method: "POST",
      url: "/api/customers",
      headers: { authorization },
      payload: { code: "C-1", documentId: "1", fullName: "Ana Ruiz" },
    });
    expect(viaToken.statusCode).toBe(201);
    await session.request({ method: "DELETE", url: `/api/tokens/${apiToken.id}` });
    const revoked = await testApp.app.inject({ url: "/api/customers?q=Ana", headers: { authorization } });
    expect(revoked.statusCode).toBe(401);
  });

  it("rate-limits login attempts per client", async () => {
    const limited = await buildTestApp(testDb, { loginRateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await limited.app.inject({
          method: "POST",
          url: "/api/auth/login",
          payload: { email: "x@y.test", password: "x" },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it("an expired session is refused with SESSION_EXPIRED", async () => {
    const session = await login(testApp.app, tenant.users.quality_team!.email);
    await testDb.db.system((tx) =>
      tx.query("UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1", [
        tenant.users.quality_team!.id,
      ]),
    );
    const fresh = await buildTestApp(testDb); // a new instance: no cached session
    try {
      const response = await fresh.app.inject({ url: "/api/auth/session", cookies: { fz_session: session.cookie } });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe("SESSION_EXPIRED");
    } finally {
      await fresh.close();
    }
  });

  it("creating a user with an unknown role is refused and creates nothing", async () => {
    const session = await login(testApp.app, tenant.users.admin!.email);
    const response = await session.request({
      method: "POST",
      url: "/api/users",
      payload: { email: "nuevo@acme.test", fullName: "Nuevo", password: "una-clave-larga", roles: ["astronaut"] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: "UNKNOWN_ROLE", field: "roles" });
    const count = await testDb.db.system((tx) =>
      tx.query("SELECT count(*)::int AS n FROM users WHERE email = 'nuevo@acme.test'"),
    );
    expect(count.rows[0].n).toBe(0);
  });
});
