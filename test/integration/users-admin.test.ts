import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setActive } from "../../src/modules/identity/commands/manage-user.js";
import { buildTestApp, login, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { actorOf, asActor } from "../support/dispositions.js";
import { buildTenant, TEST_PASSWORD, type TestTenant } from "../support/factories.js";
import { waitFor } from "../support/wait.js";

/** The administrator's work on users: a paged list, edit name and roles, deactivate and reactivate, reset a password. */

let testDb: TestDatabase;
let testApp: TestApp;

beforeAll(async () => {
  testDb = await createTestDatabase();
  testApp = await buildTestApp(testDb);
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
});

/** A tenant of its own for each test: one user per role, so exactly one administrator. */
async function freshTenant(): Promise<TestTenant> {
  return buildTenant(testDb.db, `t${randomUUID().slice(0, 8)}`);
}

async function userState(userId: string) {
  const { rows } = await testDb.db.system((tx) =>
    tx.query(
      `SELECT u.full_name, u.is_active, u.password_hash, u.locked_until,
              array(SELECT role_code FROM user_roles r WHERE r.user_id = u.id ORDER BY role_code) AS roles,
              (SELECT count(*)::int FROM sessions s WHERE s.user_id = u.id AND s.revoked_at IS NULL) AS open_sessions
         FROM users u WHERE u.id = $1`,
      [userId],
    ),
  );
  return rows[0];
}

async function actions(userId: string): Promise<string[]> {
  const { rows } = await testDb.db.system((tx) =>
    tx.query("SELECT action FROM events WHERE subject_type = 'user' AND subject_id = $1 ORDER BY id", [userId]),
  );
  return rows.map((r: { action: string }) => r.action);
}

describe("the users list", () => {
  it("is paged, searched by part of the name or e-mail and sorted by the columns it names", async () => {
    const tenant = await freshTenant();
    const admin = await login(testApp.app, tenant.users.admin!.email);
    const all = (await admin.request({ url: "/api/users?pageSize=2&sort=email" })).json();
    expect(all.items).toHaveLength(2);
    expect(all.total).toBe(Object.keys(tenant.users).length);
    expect(all.items[0].email < all.items[1].email).toBe(true);
    const second = (await admin.request({ url: "/api/users?pageSize=2&page=2&sort=email" })).json();
    expect(second.items[0].email > all.items[1].email).toBe(true);

    const found = (await admin.request({ url: `/api/users?q=${encodeURIComponent("BACK-OFFICE@")}` })).json();
    expect(found.items.map((u: { email: string }) => u.email)).toEqual([tenant.users.back_office!.email]);
    // The user's own % is a character, not a wildcard.
    expect((await admin.request({ url: "/api/users?q=%25" })).json().total).toBe(0);
    expect((await admin.request({ url: "/api/users?role=admin" })).json().total).toBe(1);
    const past = (await admin.request({ url: "/api/users?page=99" })).json();
    expect(past).toMatchObject({ items: [], total: Object.keys(tenant.users).length, page: 99 });
  });
});

describe("editing a user", () => {
  it("changes the name and the roles; the user's open session gets the new permissions at once", async () => {
    const tenant = await freshTenant();
    const admin = await login(testApp.app, tenant.users.admin!.email);
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    expect((await advisor.request({ url: "/api/users" })).statusCode).toBe(403);

    const response = await admin.request({
      method: "PATCH",
      url: `/api/users/${tenant.users.advisor!.id}`,
      payload: { fullName: "  Ana Supervisora ", roles: ["supervisor", "advisor", "supervisor"] },
    });
    expect(response.statusCode).toBe(200);
    expect(await userState(tenant.users.advisor!.id)).toMatchObject({
      full_name: "Ana Supervisora",
      roles: ["advisor", "supervisor"],
    });
    const me = (await advisor.request({ url: "/api/auth/session" })).json();
    expect(me.roles.sort()).toEqual(["advisor", "supervisor"]);
    expect((await advisor.request({ url: "/api/users" })).statusCode).toBe(200);
    expect(await actions(tenant.users.advisor!.id)).toContain("user_updated");
  });

  it("refuses an unknown role, an empty name and no roles in Spanish, and changes nothing", async () => {
    const tenant = await freshTenant();
    const admin = await login(testApp.app, tenant.users.admin!.email);
    const id = tenant.users.billing!.id;
    const before = await userState(id);
    const cases = [
      { payload: { fullName: "Otro", roles: ["astronaut"] }, code: "UNKNOWN_ROLE", detail: "Rol desconocido: astronaut" },
      { payload: { fullName: "   ", roles: ["billing"] }, code: "VALIDATION_FAILED", detail: "Escriba el nombre completo" },
      { payload: { fullName: "Otro", roles: [] }, code: "VALIDATION_FAILED" },
    ];
    for (const { payload, code, detail } of cases) {
      const response = await admin.request({ method: "PATCH", url: `/api/users/${id}`, payload });
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe(code);
      if (detail) expect(response.json().detail).toBe(detail);
    }
    expect(await userState(id)).toEqual(before);
    expect(await actions(id)).not.toContain("user_updated");
  });

  it("will not take user management away from the tenant's only active administrator", async () => {
    const tenant = await freshTenant();
    const admin = await login(testApp.app, tenant.users.admin!.email);
    const response = await admin.request({
      method: "PATCH",
      url: `/api/users/${tenant.users.admin!.id}`,
      payload: { fullName: "Admin", roles: ["supervisor"] },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe("No se pueden quitar estos roles: es el único usuario activo que administra usuarios");
    expect((await userState(tenant.users.admin!.id)).roles).toEqual(["admin"]);

    // With a second administrator it is allowed.
    await admin.request({
      method: "PATCH",
      url: `/api/users/${tenant.users.supervisor!.id}`,
      payload: { fullName: "Segunda administradora", roles: ["admin"] },
    });
    const allowed = await admin.request({
      method: "PATCH",
      url: `/api/users/${tenant.users.admin!.id}`,
      payload: { fullName: "Admin", roles: ["supervisor"] },
    });
    expect(allowed.statusCode).toBe(200);
  });
});

describe("deactivating and reactivating", () => {
  it("ends the user's sessions, refuses their sign-in, and lets them back in once reactivated", async () => {
    const tenant = await freshTenant();
    const admin = await login(testApp.app, tenant.users.admin!.email);
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    const id = tenant.users.advisor!.id;

    expect((await admin.request({ method: "POST", url: `/api/users/${id}/deactivate` })).statusCode).toBe(200);
    expect(await userState(id)).toMatchObject({ is_active: false, open_sessions: 0 });
    expect((await advisor.request({ url: "/api/auth/session" })).statusCode).toBe(401);
    const refused = await testApp.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email: tenant.users.advisor!.email, password: TEST_PASSWORD },
    });
    expect(refused.json().code).toBe("ACCOUNT_DISABLED");

    const twice = await admin.request({ method: "POST", url: `/api/users/${id}/deactivate` });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toBe("El usuario ya está desactivado");

    expect((await admin.request({ method: "POST", url: `/api/users/${id}/activate` })).statusCode).toBe(200);
    await login(testApp.app, tenant.users.advisor!.email);
    expect(await actions(id)).toEqual(expect.arrayContaining(["user_deactivated", "user_activated"]));
  });

  it("two administrators deactivating each other at once: the second waits for the first and is refused", async () => {
    const tenant = await freshTenant();
    const first = await login(testApp.app, tenant.users.admin!.email);
    await first.request({
      method: "PATCH",
      url: `/api/users/${tenant.users.supervisor!.id}`,
      payload: { fullName: "Segunda administradora", roles: ["admin"] },
    });
    const second = await login(testApp.app, tenant.users.supervisor!.email);
    const admin = await actorOf(testDb.db, tenant.users.admin!.email);
    let answer: Promise<{ statusCode: number; json: () => { detail: string } }> | undefined;
    // The first administrator's deactivation of the second is held open while the second deactivates the first.
    await asActor(testDb.db, admin, async (ctx) => {
      await setActive(tenant.users.supervisor!.id, false, ctx);
      const request = second.request({ method: "POST", url: `/api/users/${tenant.users.admin!.id}/deactivate` });
      answer = request;
      let settled = false;
      void request.then(() => {
        settled = true;
      });
      // Until it either answers (no serialisation: it saw the second administrator still active) or waits on the lock.
      await waitFor(
        async () =>
          settled ||
          (
            await testDb.db.system((tx) =>
              tx.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"),
            )
          ).rows[0].n > 0,
        "la segunda solicitud responde o espera el bloqueo",
      );
    });
    const refused = await answer!;
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe("No se puede desactivar: es el único usuario activo que administra usuarios");
    expect((await userState(tenant.users.admin!.id)).is_active).toBe(true);
    expect((await userState(tenant.users.supervisor!.id)).is_active).toBe(false);
  });

  it("refuses deactivating oneself and another tenant's user, and a role that may not manage users", async () => {
    const tenant = await freshTenant();
    const other = await freshTenant();
    const admin = await login(testApp.app, tenant.users.admin!.email);
    const self = await admin.request({ method: "POST", url: `/api/users/${tenant.users.admin!.id}/deactivate` });
    expect(self.statusCode).toBe(409);
    expect(self.json().detail).toBe("No puede desactivar su propia cuenta");

    const foreign = await admin.request({ method: "POST", url: `/api/users/${other.users.advisor!.id}/deactivate` });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe("Usuario no encontrado");
    expect((await userState(other.users.advisor!.id)).is_active).toBe(true);

    const supervisor = await login(testApp.app, tenant.users.supervisor!.email);
    const forbidden = await supervisor.request({ method: "POST", url: `/api/users/${tenant.users.advisor!.id}/deactivate` });
    expect(forbidden.statusCode).toBe(403);
    expect((await userState(tenant.users.advisor!.id)).is_active).toBe(true);
  });
});

describe("resetting a password", () => {
  it("sets the new password, clears the lockout and ends the user's sessions; the old password stops working", async () => {
    const tenant = await freshTenant();
    const admin = await login(testApp.app, tenant.users.admin!.email);
    const id = tenant.users.billing!.id;
    const billing = await login(testApp.app, tenant.users.billing!.email);
    await testDb.db.system((tx) => tx.query("UPDATE users SET locked_until = now() + interval '10 minutes' WHERE id = $1", [id]));

    const response = await admin.request({
      method: "POST",
      url: `/api/users/${id}/password`,
      payload: { password: "nueva-clave-segura" },
    });
    expect(response.statusCode).toBe(200);
    expect(await userState(id)).toMatchObject({ locked_until: null, open_sessions: 0 });
    expect((await billing.request({ url: "/api/auth/session" })).statusCode).toBe(401);
    await expect(login(testApp.app, tenant.users.billing!.email)).rejects.toThrow(/401/);
    await login(testApp.app, tenant.users.billing!.email, "nueva-clave-segura");
    const events = await testDb.db.system((tx) =>
      tx.query("SELECT after FROM events WHERE subject_id = $1 AND action = 'user_password_reset'", [id]),
    );
    expect(JSON.stringify(events.rows)).not.toContain("nueva-clave-segura");
  });

  it("refuses a short password in Spanish and keeps the old one", async () => {
    const tenant = await freshTenant();
    const admin = await login(testApp.app, tenant.users.admin!.email);
    const id = tenant.users.billing!.id;
    const before = await userState(id);
    const response = await admin.request({ method: "POST", url: `/api/users/${id}/password`, payload: { password: "corta" } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: "VALIDATION_FAILED",
      field: "password",
      detail: "La contraseña debe tener al menos 10 caracteres",
    });
    expect(await userState(id)).toEqual(before);
  });
});
