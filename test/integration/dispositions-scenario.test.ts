import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type JobWorker, startWorker } from "../../src/app/worker/worker.js";
import { CAMPAIGN_INDICATORS } from "../../src/modules/campaigns/indicators.js";
import { CALLBACK_RELEASE_TASK, callbackReleaseKey } from "../../src/modules/cancellations/case/schedule.js";
import { createCancellationCase } from "../../src/modules/cancellations/commands/create-cancellation-case.js";
import { setDisposition } from "../../src/modules/cancellations/commands/set-disposition.js";
import { takeCase } from "../../src/modules/cancellations/commands/take-case.js";
import { indicatorCodeText } from "../../src/platform/extensions/indicator.js";
import { timerTasks } from "../../src/platform/manifest.js";
import { fireTimer } from "../../src/platform/timers/timers.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import {
  actorOf,
  addAdvisor,
  asActor,
  CAMPAIGN,
  cancellationRequestsCsv,
  caseApi,
  dispositionCounts,
  type ServiceCustomer,
  seedServiceCustomers,
  uploadCancellationRequests,
} from "../support/dispositions.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { waitFor } from "../support/wait.js";

// Seed 003 walked end to end: a queue imported, assigned, worked through attempts to every final state
// (and the intermediate one), corrected, sent to the billing system, exported and checked row by row.

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let admin: Session;
let supervisor: Session;
let advisor: Session;
let advisorB: Session;
let advisorBId: string;
let customers: ServiceCustomer[];
const caseIds = new Map<string, string>();
let worker: JobWorker | undefined;
const TIMEZONE = "America/Guayaquil";

const id = (complaint: string) => caseIds.get(complaint)!;
const inFuture = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "retencion-ec", "EC");
  testApp = await buildTestApp(testDb);
  admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  advisor = await login(testApp.app, tenant.users.advisor!.email);
  advisorBId = await addAdvisor(admin, "asesora-b@retencion-ec.test", "Asesora B");
  advisorB = await login(testApp.app, "asesora-b@retencion-ec.test");
  customers = await seedServiceCustomers(admin, "ec", 14);
});
afterAll(async () => {
  await worker?.stop();
  await testApp?.close();
  await testDb?.drop();
});

const queueRows = () =>
  customers
    .slice(0, 12)
    .map((c, i) => ({ number: `Q-${String(i + 1).padStart(3, "0")}`, service: c.serviceNumber, customer: c.code }));

describe("the complaint queue arrives from the billing system", () => {
  it("refuses a file with unknown services, a service of another customer, a repeated complaint and a bad date — naming row and column; nothing is queued", async () => {
    const before = await dispositionCounts(testDb.db, tenant.tenantId);
    const bad = cancellationRequestsCsv([
      { number: "Q-900", service: customers[0]!.serviceNumber, customer: customers[0]!.code },
      { number: "Q-901", service: "SVC-NO-EXISTE", customer: customers[1]!.code },
      { number: "Q-902", service: customers[2]!.serviceNumber, customer: customers[3]!.code },
      { number: "Q-900", service: customers[4]!.serviceNumber, customer: customers[4]!.code },
      { number: "Q-903", service: customers[5]!.serviceNumber, customer: customers[5]!.code, date: "31/02/2025" },
    ]);
    const response = await uploadCancellationRequests(supervisor, "quejas-malas.csv", bad);
    expect(response.statusCode, response.body).toBe(422);
    const problem = response.json();
    expect(problem.code).toBe("IMPORT_REJECTED");
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { row: 3, field: "numero_servicio", message: "El número de servicio «SVC-NO-EXISTE» no existe" },
        {
          row: 4,
          field: "codigo_cliente",
          message: `El servicio «${customers[2]!.serviceNumber}» no es del cliente «${customers[3]!.code}»`,
        },
        { row: 5, field: "numero_queja", message: "La queja «Q-900» ya aparece en la fila 2" },
        expect.objectContaining({ row: 6, field: "fecha" }),
      ]),
    );
    const after = await dispositionCounts(testDb.db, tenant.tenantId);
    expect(after.cases).toBe(before.cases);
  });

  it("imports the queue into the campaign's pool; the same file again is already imported, the same rows again change nothing", async () => {
    const file = cancellationRequestsCsv(queueRows());
    const staged = await uploadCancellationRequests(supervisor, "quejas.csv", file);
    expect(staged.statusCode, staged.body).toBe(201);
    const committed = await supervisor.request({ method: "POST", url: `/api/complaints/imports/${staged.json().id}/commit` });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json()).toMatchObject({ status: "committed", summary: { inserted: 12, updated: 0, unchanged: 0 } });

    const again = await uploadCancellationRequests(supervisor, "quejas.csv", file);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ alreadyImported: true, id: staged.json().id, summary: { inserted: 12 } });

    // The billing system exports the same rows again (another file, same content): nothing changes.
    const sameRows = Buffer.concat([file, Buffer.from("\n")]);
    const restaged = await uploadCancellationRequests(supervisor, "quejas-de-nuevo.csv", sameRows);
    const recommitted = await supervisor.request({ method: "POST", url: `/api/complaints/imports/${restaged.json().id}/commit` });
    expect(recommitted.json().summary).toEqual({ inserted: 0, updated: 0, unchanged: 12 });

    const pool = await supervisor.request({ url: `/api/complaint-cases?campaign=${CAMPAIGN}&pool=true&limit=100` });
    expect(pool.json().total).toBe(12);
    for (const c of pool.json().cases) caseIds.set(c.complaintNumber, c.id);
    expect(pool.json().cases[0]).toMatchObject({ status: "open", queue: "campaign", assignedTo: null, version: 1 });
  });

  it("creates one complaint by API, and refuses one whose service is another customer's", async () => {
    const wrong = await supervisor.request({
      method: "POST",
      url: "/api/complaint-cases",
      payload: {
        campaign: CAMPAIGN,
        complaintNumber: "Q-013",
        serviceNumber: customers[12]!.serviceNumber,
        customerCode: customers[0]!.code,
        reason: "Retiro",
        receivedAt: new Date().toISOString(),
      },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().field).toBe("customerCode");
    const created = await supervisor.request({
      method: "POST",
      url: "/api/complaint-cases",
      payload: {
        campaign: CAMPAIGN,
        complaintNumber: "Q-013",
        serviceNumber: customers[12]!.serviceNumber,
        customerCode: customers[12]!.code,
        reason: "Retiro por viaje",
        receivedAt: new Date().toISOString(),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    caseIds.set("Q-013", created.json().id);
  });
});

describe("assignment", () => {
  it("deals the pool round-robin between two advisors in one statement, each case on the timeline", async () => {
    const advisorAId = tenant.users.advisor!.id;
    const dealt = await supervisor.request({
      method: "POST",
      url: `/api/campaigns/${CAMPAIGN}/distribute`,
      payload: { advisorIds: [advisorAId, advisorBId], limit: 12 },
    });
    expect(dealt.statusCode, dealt.body).toBe(200);
    expect(dealt.json().assigned).toEqual([
      { advisorId: advisorAId, cases: 6 },
      { advisorId: advisorBId, cases: 6 },
    ]);
    const mine = await advisorB.request({ url: "/api/complaint-cases?mine=true" });
    expect(mine.json().total).toBe(6);
  });

  it("«take next» gives an advisor the pool's one remaining case, then nothing", async () => {
    const next = await advisorB.request({ method: "POST", url: `/api/campaigns/${CAMPAIGN}/take-next` });
    expect(next.json().case).toMatchObject({ complaintNumber: "Q-013", assigneeName: "Asesora B" });
    const none = await advisorB.request({ method: "POST", url: `/api/campaigns/${CAMPAIGN}/take-next` });
    expect(none.json()).toEqual({ case: null });
  });

  it("the supervisor hands the cases of the scenario to the first advisor", async () => {
    const numbers = ["Q-001", "Q-002", "Q-003", "Q-004", "Q-005", "Q-006", "Q-007", "Q-008", "Q-009", "Q-010", "Q-011"];
    const assigned = await supervisor.request({
      method: "POST",
      url: "/api/complaint-cases/assign",
      payload: { caseIds: numbers.map(id), advisorId: tenant.users.advisor!.id },
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const refused = await supervisor.request({
      method: "POST",
      url: "/api/complaint-cases/assign",
      payload: { caseIds: [id("Q-012")], advisorId: tenant.users.billing!.id },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain("no gestiona casos");
  });
});

describe("the advisor works the cases to every final state", () => {
  const api = () => caseApi(advisor);

  it("RETENIDO / ASESORIA COMERCIAL after an answered call: the note from the template, ATENDIDO in 1 business day", async () => {
    expect((await api().attempt(id("Q-001"), "answered", "0996650101")).json()).toMatchObject({ outcome: "none", seq: 1 });
    const preview = await advisor.request({
      method: "POST",
      url: `/api/complaint-cases/${id("Q-001")}/note-preview`,
      payload: { stateCode: "RETENIDO", motiveCode: "ASESORIA_COMERCIAL" },
    });
    expect(preview.json()).toMatchObject({
      note: "Impulsa//advisor//retenido con asesoría comercial//se otorga información general y facturación//0996650101",
      maxLength: 250,
      isFinal: true,
      closing: { action: "ATENDIDO", deadline: { amount: 1, unit: "business_days" } },
    });
    const done = await api().dispose(id("Q-001"), "RETENIDO", "ASESORIA_COMERCIAL");
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: "finished", instruction: { version: 1 } });
    const detail = await api().detail(id("Q-001"));
    expect(detail).toMatchObject({
      status: "finished",
      stateLabel: "RETENIDO",
      motiveLabel: "ASESORIA COMERCIAL",
      catalogVersion: 1,
    });
    expect(detail.instructions[0]).toMatchObject({ action: "ATENDIDO", status: "ready", complaintNumber: "Q-001" });
  });

  it("the advisor's last edit of the note is kept beside the generated one", async () => {
    const fields = { beneficio: "DESC_50_M2_3_5", linea_pagadora: "0996652364" };
    const preview = await advisor.request({
      method: "POST",
      url: `/api/complaint-cases/${id("Q-002")}/note-preview`,
      payload: { stateCode: "RETENIDO_SEGUIMIENTO", motiveCode: "DESCUENTO_CBM", fields },
    });
    // The edit rewords the note and names the contact, keeping the benefit's points and the paying line.
    const edited = (preview.json().note as string)
      .replace("línea pagadora 0996652364", "línea 0996652364")
      .replace(/\/\/contacto .*$/, "//contacto Carlos Pacheco");
    const done = await api().dispose(id("Q-002"), "RETENIDO_SEGUIMIENTO", "DESCUENTO_CBM", fields, edited);
    expect(done.statusCode, done.body).toBe(200);
    const detail = await api().detail(id("Q-002"));
    expect(detail.dispositions[0].note).toBe(edited);
    expect(detail.dispositions[0].generatedNote).toContain("descuento 50% mes 2, 3 y 5 (saltados");
    expect(detail.dispositions[0].fields).toEqual({ beneficio: "DESC_50_M2_3_5", linea_pagadora: "0996652364" });
  });

  it("RETIRO CONTACTADO, RETIRO EN PROCESO, NO PROCEDE (ANULADO) and NO APLICA (ANULADO)", async () => {
    const cases: Array<[string, string, string, Record<string, unknown>, string]> = [
      ["Q-003", "RETIRO_CONTACTADO", "TEC_FALTA_DISPONIBILIDAD", {}, "ATENDIDO"],
      [
        "Q-004",
        "RETIRO_EN_PROCESO",
        "CLIENTE_SE_ACERCARA_CIS",
        { escenario: "cliente inconforme con los valores a cancelar o con el proceso de retiro" },
        "ATENDIDO",
      ],
      ["Q-005", "NO_PROCEDE", "CLIENTE_NO_SOLICITO_RETIRO", {}, "ANULADO"],
      ["Q-006", "NO_APLICA", "QUEJA_DUPLICADA", {}, "ANULADO"],
    ];
    for (const [complaint, state, motive, fields, action] of cases) {
      const done = await api().dispose(id(complaint), state, motive, fields);
      expect(done.statusCode, `${complaint} ${done.body}`).toBe(200);
      const detail = await api().detail(id(complaint));
      expect(detail.instructions[0].action, complaint).toBe(action);
    }
    const q3 = await api().detail(id("Q-003"));
    expect(q3.dispositions[0].note).toBe(
      `Impulsa//advisor//servicio retirado//cliente no accede a beneficios//falta de disponibilidad técnica//contacto ${customers[2]!.phone}`,
    );
  });

  it("no answer on the 1st and 2nd attempts → PENDIENTE / NO CONTESTA with the next attempt scheduled; on the 3rd → N1 with ATENDIDO (3 días)", async () => {
    const first = await api().attempt(id("Q-007"), "no_answer", "0996657001");
    expect(first.json()).toMatchObject({ outcome: "no_answer", disposition: { status: "pending", instruction: null } });
    let detail = await api().detail(id("Q-007"));
    expect(detail).toMatchObject({ status: "pending", stateCode: "PENDIENTE", motiveCode: "NO_CONTESTA", unansweredAttempts: 1 });
    expect(new Date(detail.nextContactAt).getTime()).toBeGreaterThan(Date.now() - 1000);
    expect(detail.dispositions[0]).toMatchObject({
      kind: "automatic",
      note: "Impulsa//advisor//cliente no contesta en 1er intento de contacto//0996657001",
    });
    expect(detail.pendingDeadline).toMatchObject({
      kind: "pending_closing",
      status: "running",
      rule: { amount: 3, unit: "business_days" },
    });

    expect((await api().attempt(id("Q-007"), "busy")).json()).toMatchObject({ outcome: "no_answer" });
    const third = await api().attempt(id("Q-007"), "no_answer", "0996657003");
    expect(third.json()).toMatchObject({ outcome: "hand_off", disposition: { status: "finished" } });
    detail = await api().detail(id("Q-007"));
    expect(detail).toMatchObject({
      status: "finished",
      queue: "level1",
      stateLabel: "NO CONTESTA DERIVADO A N1",
      unansweredAttempts: 3,
    });
    expect(detail.dispositions.at(-1).note).toBe(
      "Impulsa//advisor//cliente no contesta en 3er intento de contacto//derivado a N1//telf. 0996657003",
    );
    expect(detail.instructions[0]).toMatchObject({ action: "ATENDIDO", status: "ready" });
    expect(detail.pendingDeadline.status).toBe("met");

    const level1 = await supervisor.request({ url: `/api/complaint-cases?campaign=${CAMPAIGN}&queue=level1` });
    expect(level1.json().cases.map((c: { complaintNumber: string }) => c.complaintNumber)).toEqual(["Q-007"]);
  });

  it("PENDIENTE / VOLVER A LLAMAR keeps the case open with its callback, kept by the advisor, and its durable release timer", async () => {
    const callback = inFuture(20);
    const done = await api().dispose(id("Q-008"), "PENDIENTE", "VOLVER_A_LLAMAR", { fecha_llamada: callback });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: "pending", instruction: null });
    const detail = await api().detail(id("Q-008"));
    expect(detail).toMatchObject({
      status: "pending",
      assignedTo: tenant.users.advisor!.id,
      nextContactAt: new Date(callback).toISOString(),
    });
    const jobs = await testDb.db.system((tx) =>
      tx.query("SELECT run_at FROM graphile_worker._private_jobs WHERE key = $1", [
        `timer:${tenant.tenantId}:${callbackReleaseKey(id("Q-008"))}`,
      ]),
    );
    expect(jobs.rows[0].run_at.toISOString()).toBe(new Date(new Date(callback).getTime() + 30 * 60_000).toISOString());
  });

  it("RETIRO MIGRACIÓN and RETIRO NO CONTACTADO have no motives: refused with the reason until an admin publishes them", async () => {
    const refused = await api().dispose(id("Q-009"), "RETIRO_MIGRACION", "CAMBIO_TECNOLOGIA");
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toBe(
      "El estado «RETIRO MIGRACIÓN» no tiene motivos en el catálogo; un administrador debe definirlos antes de usarlo",
    );

    const current = (await admin.request({ url: `/api/catalogs/dispositions/${CAMPAIGN}` })).json();
    const content = current.content;
    const withMotive = (code: string, motive: object) => {
      content.states.find((s: { code: string }) => s.code === code).motives.push(motive);
    };
    withMotive("RETIRO_MIGRACION", {
      code: "CAMBIO_TECNOLOGIA",
      label: "CAMBIO DE TECNOLOGÍA",
      closing: { action: "ATENDIDO", deadline: { amount: 1, unit: "business_days" } },
      template: "{empresa}//{usuario}//retiro por migración//{telefono}",
      fields: [],
    });
    withMotive("RETIRO_NO_CONTACTADO", {
      code: "SIN_CONTACTO",
      label: "SIN CONTACTO CON EL TITULAR",
      closing: { action: "ATENDIDO", deadline: { amount: 1, unit: "business_days" } },
      template: "{empresa}//{usuario}//retiro sin contacto con el titular",
      fields: [],
    });
    const published = await admin.request({
      method: "PUT",
      url: `/api/catalogs/dispositions/${CAMPAIGN}`,
      payload: { content, basedOnVersion: 1, note: "Motivos para los estados de retiro sin tabla" },
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toEqual({ version: 2 });

    expect((await api().dispose(id("Q-009"), "RETIRO_MIGRACION", "CAMBIO_TECNOLOGIA")).statusCode).toBe(200);
    expect((await api().dispose(id("Q-010"), "RETIRO_NO_CONTACTADO", "SIN_CONTACTO")).statusCode).toBe(200);
    expect((await api().detail(id("Q-010"))).catalogVersion).toBe(2);
    // A case decided before keeps the version it was decided with.
    expect((await api().detail(id("Q-001"))).catalogVersion).toBe(1);
  });

  it("a correction recomputes everything and keeps both versions: old instruction superseded, its deadline cancelled, a new one issued", async () => {
    expect((await api().dispose(id("Q-011"), "RETENIDO", "BAJA_PLAN")).statusCode).toBe(200);
    const before = await api().detail(id("Q-011"));
    const corrected = await api().correct(id("Q-011"), "RETENIDO", "AUMENTO_PLAN");
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ status: "finished", instruction: { version: 2 } });
    const after = await api().detail(id("Q-011"));
    expect(after.dispositions.map((d: { kind: string; motiveCode: string }) => [d.kind, d.motiveCode])).toEqual([
      ["manual", "BAJA_PLAN"],
      ["correction", "AUMENTO_PLAN"],
    ]);
    expect(after.dispositions[0].supersededBy).toBe(after.dispositions[1].id);
    expect(
      after.instructions.map((i: { instructionVersion: number; status: string; note: string }) => [
        i.instructionVersion,
        i.status,
      ]),
    ).toEqual([
      [1, "superseded"],
      [2, "ready"],
    ]);
    expect(after.instructions[1].note).toContain("retenido con aumento de plan");
    const oldDeadline = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query("SELECT status FROM deadlines WHERE subject_type = 'closing_instruction' AND subject_id = $1", [
        before.instructions[0].id,
      ]),
    );
    expect(oldDeadline.rows[0].status).toBe("cancelled");
    const timeline = (await advisor.request({ url: `/api/timeline/complaint_case/${id("Q-011")}` })).json().events;
    const actions = timeline.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "disposition_set",
        "disposition_corrected",
        "closing_instruction_superseded",
        "closing_instruction_issued",
      ]),
    );
    const correctedEvent = timeline.find((e: { action: string }) => e.action === "disposition_corrected");
    expect(correctedEvent.before).toMatchObject({ stateCode: "RETENIDO", motiveCode: "BAJA_PLAN" });
    expect(correctedEvent.after).toMatchObject({ motiveCode: "AUMENTO_PLAN" });
  });

  it("a motive in use cannot be removed from the catalog, only retired", async () => {
    const current = (await admin.request({ url: `/api/catalogs/dispositions/${CAMPAIGN}` })).json();
    const content = current.content;
    const retenido = content.states.find((s: { code: string }) => s.code === "RETENIDO");
    retenido.motives = retenido.motives.filter((m: { code: string }) => m.code !== "BAJA_PLAN");
    const removed = await admin.request({
      method: "PUT",
      url: `/api/catalogs/dispositions/${CAMPAIGN}`,
      payload: { content, basedOnVersion: current.version },
    });
    expect(removed.statusCode).toBe(400);
    expect(removed.json().detail).toContain(
      'No se puede eliminar el motivo RETENIDO / BAJA_PLAN: 1 caso lo usa. Márquelo "retired": true',
    );
    const fresh = (await admin.request({ url: `/api/catalogs/dispositions/${CAMPAIGN}` })).json();
    fresh.content.states
      .find((s: { code: string }) => s.code === "RETENIDO")
      .motives.find((m: { code: string }) => m.code === "BAJA_PLAN").retired = true;
    const retired = await admin.request({
      method: "PUT",
      url: `/api/catalogs/dispositions/${CAMPAIGN}`,
      payload: { content: fresh.content, basedOnVersion: fresh.version, note: "Baja de plan ya no se ofrece" },
    });
    expect(retired.statusCode, retired.body).toBe(200);
    // The case decided with it still reads it from its own version.
    expect((await api().detail(id("Q-011"))).dispositions[0].motiveLabel).toBe("BAJA DE PLAN");
  });
});

describe("bad input is refused with a clear reason and changes nothing", () => {
  const api = () => caseApi(advisor);
  let counts: Awaited<ReturnType<typeof dispositionCounts>>;
  const unchanged = async () => expect(await dispositionCounts(testDb.db, tenant.tenantId)).toEqual(counts);

  let quality: Session;

  beforeAll(async () => {
    quality = await login(testApp.app, tenant.users.quality_team!.email);
    // Q-012 (dealt to advisor B) is taken back for these checks.
    await supervisor.request({
      method: "POST",
      url: "/api/complaint-cases/assign",
      payload: { caseIds: [id("Q-012")], advisorId: tenant.users.advisor!.id },
    });
    counts = await dispositionCounts(testDb.db, tenant.tenantId);
  });

  it("a motive of another state", async () => {
    const response = await api().dispose(id("Q-012"), "RETENIDO", "QUEJA_DUPLICADA");
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: "VALIDATION_FAILED",
      field: "motiveCode",
      detail: "El motivo «QUEJA DUPLICADA» es del estado «NO APLICA», no de «RETENIDO»",
    });
    await unchanged();
  });

  it("a missing required field, and a malformed one", async () => {
    const missing = await api().dispose(id("Q-012"), "RETENIDO", "TRASLADO_INTERNO_CON_COSTO", { direccion: "Av. Amazonas 123" });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      field: "fields.telefono_referencia",
      detail: "Falta «Teléfono de referencia», obligatorio para «TRASLADO INTERNO CON COSTO»",
    });
    const dates = await api().dispose(id("Q-012"), "RETENIDO_SEGUIMIENTO", "SUSPENSION_SIN_COSTO", {
      beneficio: "SUSP_3M_CON_COSTO",
      fecha_inicio: "2025-09-01",
      fecha_fin: "2025-07-01",
    });
    expect(dates.json().errors.map((e: { message: string }) => e.message)).toEqual([
      "«Suspensión de la malla de beneficios»: El beneficio «Suspensión temporal con costo $10.00 + imp., 3 meses» tiene costo; este motivo pide uno sin costo",
      "«Fecha de fin» debe ser posterior a «Fecha de inicio»",
    ]);
    await unchanged();
  });

  it("a note over the limit, and a motive only the system sets", async () => {
    const long = await api().dispose(id("Q-012"), "RETENIDO", "AUMENTO_PLAN", {}, "x".repeat(251));
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({ field: "note", maxLength: 250 });
    const reserved = await api().dispose(id("Q-012"), "PENDIENTE", "NO_CONTESTA");
    expect(reserved.json().detail).toBe(
      "«PENDIENTE / NO CONTESTA» lo registra el sistema al anotar un intento de contacto sin respuesta",
    );
    await unchanged();
  });

  it("a final state on an already finished case", async () => {
    const response = await api().dispose(id("Q-001"), "NO_APLICA", "SERVICIO_RETIRADO");
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: "ILLEGAL_TRANSITION" });
    expect(response.json().detail).toContain("ya está finalizado con «RETENIDO / ASESORIA COMERCIAL»");
    await unchanged();
  });

  it("a 4th attempt after the hand-off to N1", async () => {
    const response = await api().attempt(id("Q-007"), "no_answer");
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe(
      "El caso fue derivado a Nivel 1 (N1) tras 3 intentos sin respuesta; no admite un 4to intento de contacto",
    );
    await unchanged();
  });

  it("a stale version, and someone else's case", async () => {
    const stale = await advisor.request({
      method: "POST",
      url: `/api/complaint-cases/${id("Q-012")}/disposition`,
      payload: { stateCode: "RETENIDO", motiveCode: "AUMENTO_PLAN", expectedVersion: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "CONFLICT", field: "expectedVersion" });
    const others = await caseApi(advisorB).dispose(id("Q-012"), "RETENIDO", "AUMENTO_PLAN");
    expect(others.statusCode).toBe(422);
    expect(others.json()).toMatchObject({ code: "STEP_NOT_ALLOWED" });
    expect(others.json().detail).toContain("El caso está asignado a Asesor retencion-ec");
    await unchanged();
  });

  it("a role without the permission", async () => {
    const response = await caseApi(quality).dispose(id("Q-012"), "RETENIDO", "AUMENTO_PLAN");
    expect(response.statusCode).toBe(403);
    await unchanged();
  });
});

describe("closing instructions go to the billing system", () => {
  it("flags an instruction whose due date has passed unsent, and the deadline service breaches it", async () => {
    const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
    const actor = await actorOf(testDb.db, tenant.users.advisor!.email);
    const supervisorActor = await actorOf(testDb.db, tenant.users.supervisor!.email);
    const created = await asActor(
      testDb.db,
      supervisorActor,
      (ctx) =>
        createCancellationCase(
          {
            campaign: CAMPAIGN,
            complaintNumber: "Q-014",
            serviceNumber: customers[13]!.serviceNumber,
            reason: "Retiro",
            receivedAt: new Date(tenDaysAgo.getTime() - 86_400_000).toISOString(),
          },
          ctx,
        ),
      tenDaysAgo,
    );
    caseIds.set("Q-014", created.id);
    await asActor(testDb.db, actor, (ctx) => takeCase(created.id, {}, ctx), tenDaysAgo);
    await asActor(
      testDb.db,
      actor,
      (ctx) => setDisposition(created.id, { stateCode: "NO_APLICA", motiveCode: "SERVICIO_RETIRADO", expectedVersion: 2 }, ctx),
      tenDaysAgo,
    );
    const overdue = await supervisor.request({ url: `/api/closing-instructions?campaign=${CAMPAIGN}&overdue=true` });
    expect(overdue.json().map((i: { complaintNumber: string; isOverdue: boolean }) => [i.complaintNumber, i.isOverdue])).toEqual([
      ["Q-014", true],
    ]);
    const exported = await supervisor.request({
      url: `/api/closing-instructions/export?campaign=${CAMPAIGN}&format=csv&overdue=true`,
    });
    const rows: Array<Record<string, string>> = parse(exported.rawPayload, { columns: true, bom: true });
    expect(rows.map((r) => [r.numero_queja, r.vencida, r.accion])).toEqual([["Q-014", "sí", "ANULADO"]]);
  });

  it("sends ready instructions through the billing adapter (simulator), which confirms them; a sent one can no longer be corrected", async () => {
    const sent = await supervisor.request({
      method: "POST",
      url: "/api/closing-instructions/send",
      payload: {
        ids: [
          (await caseApi(advisor).detail(id("Q-001"))).instructions[0].id,
          (await caseApi(advisor).detail(id("Q-014"))).instructions[0].id,
        ],
      },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(
      sent
        .json()
        .queued.map((i: { complaintNumber: string }) => i.complaintNumber)
        .sort(),
    ).toEqual(["Q-001", "Q-014"]);
    const twice = await supervisor.request({
      method: "POST",
      url: "/api/closing-instructions/send",
      payload: { ids: [(await caseApi(advisor).detail(id("Q-001"))).instructions[0].id] },
    });
    expect(twice.statusCode).toBe(409);

    worker = await startWorker({ db: testDb.db, pollInterval: 100, concurrency: 2, timers: timerTasks() });
    const confirmed = await waitFor(async () => {
      const q1 = await caseApi(advisor).detail(id("Q-001"));
      return q1.instructions[0].status === "sent" ? q1 : null;
    }, "instrucción confirmada");
    expect(confirmed.instructions[0].billingReference).toMatch(/^FAC-/);
    // Q-001 on time; Q-014 was past due: breached, with the instant it was finally done.
    expect(
      await waitFor(async () => {
        const rows = (
          await testDb.db.tenant(tenant.tenantId, (tx) =>
            tx.query(
              `SELECT i.complaint_number, d.status, d.met_at IS NOT NULL AS done FROM closing_instructions i
               JOIN deadlines d ON d.tenant_id = i.tenant_id AND d.id = i.deadline_id WHERE i.complaint_number IN ('Q-001', 'Q-014')
              ORDER BY 1`,
            ),
          )
        ).rows;
        return rows.every((r) => r.done) ? rows : null;
      }, "plazos completados"),
    ).toEqual([
      { complaint_number: "Q-001", status: "met", done: true },
      { complaint_number: "Q-014", status: "breached", done: true },
    ]);

    const correction = await caseApi(advisor).correct(id("Q-001"), "RETENIDO", "AUMENTO_PLAN");
    expect(correction.statusCode).toBe(409);
    expect(correction.json().detail).toContain("ya se envió al sistema de facturación");
  });

  it("exports the live instructions as .csv and .xlsx, checked row by row", async () => {
    const listed = (await supervisor.request({ url: `/api/closing-instructions?campaign=${CAMPAIGN}&limit=500` })).json();
    const expected: Record<string, { action: string; state: string; motive: string }> = {
      "Q-001": { action: "ATENDIDO", state: "RETENIDO", motive: "ASESORIA_COMERCIAL" },
      "Q-002": { action: "ATENDIDO", state: "RETENIDO_SEGUIMIENTO", motive: "DESCUENTO_CBM" },
      "Q-003": { action: "ATENDIDO", state: "RETIRO_CONTACTADO", motive: "TEC_FALTA_DISPONIBILIDAD" },
      "Q-004": { action: "ATENDIDO", state: "RETIRO_EN_PROCESO", motive: "CLIENTE_SE_ACERCARA_CIS" },
      "Q-005": { action: "ANULADO", state: "NO_PROCEDE", motive: "CLIENTE_NO_SOLICITO_RETIRO" },
      "Q-006": { action: "ANULADO", state: "NO_APLICA", motive: "QUEJA_DUPLICADA" },
      "Q-007": { action: "ATENDIDO", state: "NO_CONTESTA_N1", motive: "NO_CONTESTA" },
      "Q-009": { action: "ATENDIDO", state: "RETIRO_MIGRACION", motive: "CAMBIO_TECNOLOGIA" },
      "Q-010": { action: "ATENDIDO", state: "RETIRO_NO_CONTACTADO", motive: "SIN_CONTACTO" },
      "Q-011": { action: "ATENDIDO", state: "RETENIDO", motive: "AUMENTO_PLAN" },
      "Q-014": { action: "ANULADO", state: "NO_APLICA", motive: "SERVICIO_RETIRADO" },
    };
    // Every final state of the seed's list has a finished case.
    const finalStates = new Set(Object.values(expected).map((e) => e.state));
    expect([...finalStates].sort()).toEqual(
      [
        "NO_APLICA",
        "NO_CONTESTA_N1",
        "NO_PROCEDE",
        "RETENIDO",
        "RETENIDO_SEGUIMIENTO",
        "RETIRO_CONTACTADO",
        "RETIRO_EN_PROCESO",
        "RETIRO_MIGRACION",
        "RETIRO_NO_CONTACTADO",
      ].sort(),
    );
    expect(listed.map((i: { complaintNumber: string }) => i.complaintNumber).sort()).toEqual(Object.keys(expected).sort());

    const csv = await supervisor.request({ url: `/api/closing-instructions/export?campaign=${CAMPAIGN}&format=csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const csvRows: Array<Record<string, string>> = parse(csv.rawPayload, { columns: true, bom: true });

    const xlsx = await supervisor.request({ url: `/api/closing-instructions/export?campaign=${CAMPAIGN}&format=xlsx` });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const xlsxRows = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const values = (sheet.getRow(r).values as string[]).slice(1);
      xlsxRows.push(Object.fromEntries(header.map((h, i) => [h, String(values[i] ?? "")])));
    }

    for (const rows of [csvRows, xlsxRows]) {
      expect(rows).toHaveLength(listed.length);
      rows.forEach((row, index) => {
        const instruction = listed[index];
        const want = expected[row.numero_queja!]!;
        expect(row.numero_queja).toBe(instruction.complaintNumber);
        expect(row.accion, row.numero_queja).toBe(want.action);
        expect(row.estado, row.numero_queja).toBe(want.state);
        expect(row.motivo, row.numero_queja).toBe(want.motive);
        expect(row.observacion, row.numero_queja).toBe(instruction.note);
        expect(row.fecha_limite, row.numero_queja).toBe(
          DateTime.fromISO(instruction.dueAt, { zone: TIMEZONE }).toFormat("yyyy-MM-dd HH:mm"),
        );
        // Q-014 was overdue until the billing system confirmed it; now nothing is.
        expect(row.vencida, row.numero_queja).toBe("no");
        expect(row.numero_servicio).toBe(instruction.serviceNumber);
        expect(row.campana).toBe(CAMPAIGN);
      });
    }
    const q14 = csvRows.find((r) => r.numero_queja === "Q-014")!;
    expect(q14.estado_instruccion).toBe("confirmada por facturación");
    expect(q14.referencia_facturacion).toMatch(/^FAC-/);
  });
});

describe("a callback not taken in time returns to the pool", () => {
  it("fires once, after the callback plus the campaign's minutes, on the timeline; a second firing does nothing", async () => {
    const detail = await caseApi(advisor).detail(id("Q-008"));
    const runAt = new Date(new Date(detail.nextContactAt).getTime() + 30 * 60_000);
    const envelope = {
      tenantId: tenant.tenantId,
      key: callbackReleaseKey(id("Q-008")),
      runAt: runAt.toISOString(),
      payload: { caseId: id("Q-008"), keeper: tenant.users.advisor!.id, nextContactAt: detail.nextContactAt },
    };
    const clock = () => new Date(runAt.getTime() + 1000);
    expect(await fireTimer(testDb.db, timerTasks()[CALLBACK_RELEASE_TASK]!, envelope, clock)).toBe("fired");
    expect(await fireTimer(testDb.db, timerTasks()[CALLBACK_RELEASE_TASK]!, envelope, clock)).toBe("already_fired");
    const released = await caseApi(advisor).detail(id("Q-008"));
    expect(released).toMatchObject({ status: "pending", assignedTo: null, version: detail.version + 1 });
    const events = (await advisor.request({ url: `/api/timeline/complaint_case/${id("Q-008")}` })).json().events;
    expect(events.filter((e: { action: string }) => e.action === "callback_returned_to_pool")).toHaveLength(1);
  });

  it("does nothing when the advisor called back in time", async () => {
    const callback = inFuture(1);
    await caseApi(advisor).dispose(id("Q-012"), "PENDIENTE", "VOLVER_A_LLAMAR", { fecha_llamada: callback });
    const detail = await caseApi(advisor).detail(id("Q-012"));
    const handler = timerTasks()[CALLBACK_RELEASE_TASK]!;
    // The advisor calls at the callback time (recorded with the clock of that moment).
    const actor = await actorOf(testDb.db, tenant.users.advisor!.email);
    const { recordAttempt } = await import("../../src/modules/cancellations/commands/record-attempt.js");
    await asActor(
      testDb.db,
      actor,
      (ctx) =>
        recordAttempt(id("Q-012"), { dialledNumber: "0996651212", result: "answered", expectedVersion: detail.version }, ctx),
      new Date(new Date(callback).getTime() + 60_000),
    );
    const runAt = new Date(new Date(callback).getTime() + 30 * 60_000);
    const outcome = await fireTimer(
      testDb.db,
      handler,
      {
        tenantId: tenant.tenantId,
        key: callbackReleaseKey(id("Q-012")),
        runAt: runAt.toISOString(),
        payload: { caseId: id("Q-012"), keeper: tenant.users.advisor!.id, nextContactAt: callback },
      },
      () => new Date(runAt.getTime() + 1000),
    );
    expect(outcome).toBe("nothing_to_do");
    expect((await caseApi(advisor).detail(id("Q-012"))).assignedTo).toBe(tenant.users.advisor!.id);
  });
});

describe("indicators of the campaign", () => {
  it("counts what the scenario did on the indicator engine: final states, retention, attempts, closing compliance, per advisor within the campaign and per day; the aging of what is open", async () => {
    const commercial = await login(testApp.app, tenant.users.commercial_management!.email);
    // The scenario's cases finished today and ten days ago: two months cover them whatever today is.
    const read = async (code: string, by = "campaign", grain = "month", periods = 2) => {
      const response = await commercial.request({
        url: `/api/indicators/${code}?by=${by}&grain=${grain}&periods=${periods}${by === "campaign" ? `&key=${CAMPAIGN}` : ""}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as {
        series: Array<{
          key: string;
          label: string | null;
          cells: Array<{ numerator: number; denominator: number | null; value: number | null }>;
        }>;
      };
    };
    const sums = (series: { cells: Array<{ numerator: number; denominator: number | null }> }) => ({
      numerator: series.cells.reduce((total, c) => total + c.numerator, 0),
      denominator: series.cells.reduce((total, c) => total + (c.denominator ?? 0), 0),
    });
    const only = async (code: string) => {
      const { series } = await read(code);
      expect(series.map((s) => [s.key, s.label])).toEqual([[CAMPAIGN, "Retención Internet"]]);
      return sums(series[0]!);
    };

    const states = Object.fromEntries(
      (await read("campaigns.final_states", "final_state")).series.map((s) => [s.label, sums(s).numerator]),
    );
    // Named by the campaign's catalog, not by their codes.
    expect(states).toEqual({
      RETENIDO: 2,
      "RETENIDO EN SEGUIMIENTO": 1,
      "RETIRO CONTACTADO": 1,
      "RETIRO EN PROCESO": 1,
      "RETIRO MIGRACIÓN": 1,
      "RETIRO NO CONTACTADO": 1,
      "NO PROCEDE": 1,
      "NO APLICA": 2,
      "NO CONTESTA DERIVADO A N1": 1,
    });
    // Retained 3 (RETENIDO ×2, RETENIDO_SEGUIMIENTO), lost 4 (the RETIRO_*), unreached 1 (NO_CONTESTA_N1).
    expect(await only("campaigns.retention_rate")).toEqual({ numerator: 3, denominator: 7 });
    expect(await only("campaigns.retention_rate_with_unreached")).toEqual({ numerator: 3, denominator: 8 });
    expect(await only("campaigns.attempts_per_case")).toEqual({ numerator: 4, denominator: 11 });
    // The attempt buckets are codes the definition names in the reader's language (never Spanish-only SQL).
    const finalStates = CAMPAIGN_INDICATORS.find((d) => d.code === "campaigns.final_states")!;
    const byAttempts = (await read("campaigns.final_states", "attempts")).series.map((s) => [
      `${indicatorCodeText(finalStates, "attempts", s.key, "es")} / ${indicatorCodeText(finalStates, "attempts", s.key, "en")}`,
      sums(s).numerator,
    ]);
    expect(Object.fromEntries(byAttempts)).toEqual({
      "Sin intentos / No attempts": 9,
      "1 intento / 1 attempt": 1,
      "3 o más intentos / 3 or more attempts": 1,
    });
    // Q-001 confirmed on time, Q-014 confirmed after its due date; the rest still in time count in neither.
    expect(await only("campaigns.closing_compliance")).toEqual({ numerator: 1, denominator: 2 });

    const byAdvisor = (await read("campaigns.retention_rate", "campaign_advisor")).series;
    expect(byAdvisor.map((s) => [s.key, s.label])).toEqual([
      [`${CAMPAIGN}/${tenant.users.advisor!.id}`, "Retención Internet · Asesor retencion-ec"],
    ]);
    const days = (await read("campaigns.final_states", "total", "day", 31)).series[0]!.cells.filter((c) => c.value !== null);
    expect(days.length).toBe(2); // today, and the day ten days ago of Q-014

    const aging = (await commercial.request({ url: `/api/campaigns/${CAMPAIGN}/aging` })).json();
    expect(aging.find((r: { grain: string }) => r.grain === "total")).toMatchObject({ cases: 3, pending: 2 });

    const advisorRefused = await advisor.request({ url: "/api/indicators/campaigns.retention_rate" });
    expect(advisorRefused.statusCode).toBe(403);
    const badDimension = await commercial.request({ url: "/api/indicators/campaigns.retention_rate?by=team" });
    expect(badDimension.json()).toMatchObject({ code: "VALIDATION_FAILED", detail: "El indicador no se desglosa por «team»" });
  });
});
