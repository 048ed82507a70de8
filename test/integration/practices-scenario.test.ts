import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRACTICE_INDICATORS } from "../../src/modules/practices/index.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { definitionOf, expectRowsAddUp, indicatorValues } from "../support/indicators.js";

// Seeds 002 §7 and 004: leaders record the management practices they hold; adherence = held ÷ due per leader and week.

const ADHERENCE = definitionOf(PRACTICE_INDICATORS, "practices.adherence");
// The week of Monday 14 July 2025 on Bogotá's clock.
const WEEK = { from: "2025-07-14T05:00:00Z", to: "2025-07-21T05:00:00Z", grain: "week" as const };

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

let count = 0;
async function freshTenant(): Promise<{ tenant: TestTenant; supervisor: Session; manager: Session }> {
  const tenant = await buildTenant(testDb.db, `prac-${++count}`, "CO");
  return {
    tenant,
    supervisor: await login(testApp.app, tenant.users.supervisor!.email),
    manager: await login(testApp.app, tenant.users.commercial_management!.email),
  };
}

const record = (session: Session, payload: object) =>
  session.request({ method: "POST", url: "/api/practices/sessions", payload });
const day = (n: number, hour = 13) => `2025-07-${String(n).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00Z`;

describe("recording management practices", () => {
  it("a supervisor's week: held ÷ due with the catalog's goals, an extra session not making up a missed one; the drill-down adds up", async () => {
    const { tenant, supervisor } = await freshTenant();
    for (const d of [14, 15, 16, 17])
      expect((await record(supervisor, { practiceCode: "daily_dialogue", heldAt: day(d) })).statusCode).toBe(201);
    for (const d of [14, 15, 16, 17, 18, 18])
      await record(supervisor, { practiceCode: "process_confirmation", heldAt: day(d, 15) });
    await record(supervisor, { practiceCode: "leader_agenda", heldAt: day(14, 12), notes: "Agenda de la semana" });
    // Sunday 20 July 23:30 in Bogotá is Monday 04:30 UTC: still this week. Monday 21 July in Bogotá is the next.
    await record(supervisor, { practiceCode: "adherence_log", heldAt: "2025-07-21T04:30:00Z" });
    await record(supervisor, { practiceCode: "daily_dialogue", heldAt: "2025-07-21T13:00:00Z" });

    const byLeader = await expectRowsAddUp(testDb.db, tenant.tenantId, ADHERENCE, { ...WEEK, dimension: "leader" });
    const mine = byLeader.find((v) => v.key === tenant.users.supervisor!.id)!;
    // Due: daily dialogue 5, process confirmation 5, agenda 1, adherence log 1, improvement meeting ½, barometer 1⁄26.
    // Held (capped at due): 4 + 5 + 1 + 1.
    expect(mine.period).toBe("2025-07-14");
    expect(mine.numerator).toBeCloseTo(11, 9);
    expect(mine.denominator).toBeCloseTo(12.5 + 1 / 26, 9);
    await expectRowsAddUp(testDb.db, tenant.tenantId, ADHERENCE, WEEK);
    await expectRowsAddUp(testDb.db, tenant.tenantId, ADHERENCE, { ...WEEK, dimension: "practice" });

    const screen = await supervisor.request({ url: "/api/practices/adherence?week=2025-07-14&mine=true" });
    expect(screen.statusCode, screen.body).toBe(200);
    const [leader] = screen.json().leaders;
    expect(leader.adherence).toBeCloseTo(11 / (12.5 + 1 / 26), 9);
    expect(leader.practices.find((p: { practice: string }) => p.practice === "Diálogo diario")).toMatchObject({
      held: 4,
      due: 5,
    });
  });

  it("an improvement meeting records its ideas; its leader moves them on, and an idea done cannot be reopened", async () => {
    const { supervisor, manager } = await freshTenant();
    const created = await record(supervisor, {
      practiceCode: "improvement_meeting",
      heldAt: day(15),
      ideas: [{ title: "Guion corto para clientes VIP" }, { title: "Alerta de mora en el escritorio" }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const [first, second] = created.json().ideaIds;
    const move = (session: Session, id: string, status: string) =>
      session.request({ method: "PATCH", url: `/api/practices/ideas/${id}`, payload: { status } });
    expect((await move(supervisor, first, "approved")).statusCode).toBe(200);
    expect((await move(supervisor, first, "in_progress")).statusCode).toBe(200);
    expect((await move(supervisor, first, "done")).statusCode).toBe(200);
    const reopen = await move(supervisor, first, "approved");
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().detail).toBe("Una idea implementada no puede pasar a aprobada");
    expect((await move(manager, second, "discarded")).statusCode).toBe(403);
    const list = (await supervisor.request({ url: "/api/practices/sessions?mine=true" })).json();
    expect(list.total).toBe(1);
    expect(list.items[0].ideas.map((i: { title: string; status: string }) => [i.title, i.status])).toEqual([
      ["Alerta de mora en el escritorio", "proposed"],
      ["Guion corto para clientes VIP", "done"],
    ]);
  });

  it("a practice not of the leader's role, unknown, in the future, or with ideas it does not take is refused; nothing is written", async () => {
    const { tenant, supervisor, manager } = await freshTenant();
    const refusals = [
      [
        await record(manager, { practiceCode: "daily_dialogue", heldAt: day(15) }),
        "La práctica «Diálogo diario» no la realiza su rol",
      ],
      [
        await record(supervisor, { practiceCode: "yoga", heldAt: day(15) }),
        "La práctica «yoga» no existe en el catálogo de prácticas de gestión",
      ],
      [
        await record(supervisor, { practiceCode: "daily_dialogue", heldAt: "2099-01-01T00:00:00Z" }),
        "Una práctica se registra cuando ya se realizó: la fecha no puede ser futura",
      ],
      [
        await record(supervisor, { practiceCode: "daily_dialogue", heldAt: day(15), ideas: [{ title: "x" }] }),
        "La práctica «Diálogo diario» no registra ideas de mejora",
      ],
    ] as const;
    for (const [response, detail] of refusals) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().detail).toBe(detail);
    }
    const sessions = await testDb.db.tenant(
      tenant.tenantId,
      async (tx) => (await tx.query("SELECT count(*)::int AS n FROM practice_sessions")).rows[0].n,
    );
    expect(sessions).toBe(0);
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    expect((await record(advisor, { practiceCode: "daily_dialogue", heldAt: day(15) })).statusCode).toBe(403);
  });

  it("a week with nothing held is 0 % of what was due, not «sin datos»: the practices were due", async () => {
    const { tenant } = await freshTenant();
    const [value] = await indicatorValues(testDb.db, tenant.tenantId, ADHERENCE, {
      ...WEEK,
      dimension: "leader",
      value: tenant.users.supervisor!.id,
    });
    expect(value!.numerator).toBe(0);
    expect(value!.denominator).toBeGreaterThan(0);
  });
});
