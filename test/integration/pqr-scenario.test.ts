import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverOutbound } from "../../src/modules/integrations/index.js";
import { answerPqr } from "../../src/modules/pqr/commands/answer-pqr.js";
import { decideReconsideration } from "../../src/modules/pqr/commands/decide-reconsideration.js";
import { desistPqr } from "../../src/modules/pqr/commands/desist-pqr.js";
import { forwardToAuthority } from "../../src/modules/pqr/commands/forward-to-authority.js";
import { grantSilence } from "../../src/modules/pqr/commands/grant-silence.js";
import { recordAuthorityDecision } from "../../src/modules/pqr/commands/record-authority-decision.js";
import { readPqrDetail } from "../../src/modules/pqr/detail.js";
import { type FilePqrInput, fileAppeal, filePqr, getPqrSummary, setCunRange } from "../../src/modules/pqr/index.js";
import { type CommandContext, systemActor } from "../../src/platform/context.js";
import { outboundHooks } from "../../src/platform/manifest.js";
import { buildTestApp, login, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { bogota, buildPqrCustomer, configureCunRange, PDF } from "../support/pqr.js";
import { runAs } from "../support/retention.js";
import { firePendingTimer, pendingTimer } from "../support/timers.js";

let testDb: TestDatabase;
let tenant: TestTenant;
let other: TestTenant;
const as = <T>(role: string, now: Date, work: (ctx: CommandContext) => Promise<T>, who: TestTenant = tenant) =>
  runAs(testDb.db, who, role, now, work);

const PROOF = { fileName: "constancia-envio.pdf", mediaType: "application/pdf", content: PDF };
// Tuesday 10 March 2026, 10:00 in Bogotá: the customer calls the advisor (seed 002 step 5).
const FILED = bogota("2026-03-10T10:00");

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "pqr-uno");
  other = await buildTenant(testDb.db, "pqr-otro");
  await configureCunRange(testDb.db, tenant, bogota("2026-03-01T09:00"));
  await configureCunRange(testDb.db, other, bogota("2026-03-01T09:00"));
});
afterAll(() => testDb?.drop());

async function newPqr(code: string, now = FILED, extra: Partial<FilePqrInput> = {}) {
  const customer = await buildPqrCustomer(testDb.db, tenant, code, now);
  const filed = await as("advisor", now, (ctx) =>
    filePqr(
      {
        type: "complaint",
        customerId: customer.id,
        productId: customer.products[`SRV-${code}`],
        subject: "Cobro doble del mes de febrero",
        amountInDispute: "120000",
        filingChannel: "phone",
        responseChannel: "email",
        responseAddress: "cliente@example.com",
        evidence: [{ fileName: "factura.pdf", mediaType: "application/pdf", content: PDF }],
        ...extra,
      },
      ctx,
    ),
  );
  return { customer, filed };
}

async function pqrRow(id: string) {
  const { rows } = await testDb.db.tenant(tenant.tenantId, (tx) =>
    tx.query<{ status: string; version: number; cun: string }>("SELECT status, version, cun FROM pqrs WHERE id = $1", [id]),
  );
  return rows[0]!;
}

async function events(id: string) {
  const { rows } = await testDb.db.tenant(tenant.tenantId, (tx) =>
    tx.query<{ action: string; actor_role: string; after: Record<string, unknown> }>(
      "SELECT action, actor_role, after FROM events WHERE subject_type = 'pqr' AND subject_id = $1 ORDER BY id",
      [id],
    ),
  );
  return rows;
}

const timerJob = (key: string) => pendingTimer(testDb.db, tenant.tenantId, key);

const fire = (key: string, now: Date) => firePendingTimer(testDb.db, tenant.tenantId, key, now);

/** Answered 30 March, appealed (with the subsidiary appeal) 15 April, reconsideration upheld 20 April. */
async function walkToReconsiderationDecided(id: string) {
  await answer(id, bogota("2026-03-30T11:00"));
  await as("advisor", bogota("2026-04-15T15:00"), (ctx) =>
    fileAppeal({ pqrId: id, kind: "with_subsidiary", grounds: "No acepto la respuesta", filingChannel: "phone" }, ctx),
  );
  await as("pqr_area", bogota("2026-04-20T10:00"), (ctx) =>
    decideReconsideration({ pqrId: id, decision: "upheld", decisionText: "Se confirma la respuesta." }, ctx),
  );
}

async function forwardedMessage(pqrId: string) {
  const { rows } = await testDb.db.tenant(tenant.tenantId, (tx) =>
    tx.query<{ id: string; adapter: string; operation: string; status: string; payload: unknown }>(
      "SELECT id, adapter, operation, status, payload FROM outbound_messages WHERE subject_type = 'pqr' AND subject_id = $1",
      [pqrId],
    ),
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

async function appealReference(pqrId: string) {
  const { rows } = await testDb.db.tenant(tenant.tenantId, (tx) =>
    tx.query<{ authority_reference: string | null }>("SELECT authority_reference FROM pqr_appeals WHERE pqr_id = $1", [pqrId]),
  );
  return rows[0]!.authority_reference;
}

const answer = (id: string, now: Date) =>
  as("pqr_area", now, (ctx) =>
    answerPqr(
      {
        pqrId: id,
        outcome: "denied",
        answerText: "Revisada la facturación, el cobro corresponde al mes de marzo.",
        notificationChannel: "email",
        notificationProof: PROOF,
      },
      ctx,
    ),
  );

describe("a complaint walked to the authority (file → at risk → answer → appeal in window → SIC → decision)", () => {
  it("keeps one CUN from filing to the authority's decision, with every step on the timeline", async () => {
    const { filed } = await newPqr("A-1");
    expect(filed).toMatchObject({ cun: "400100000001", receivedOn: "2026-03-10", dueOn: "2026-04-01", atRiskOn: "2026-03-27" });
    // The at-risk timer waits for 27 March, 00:00; the silence check for 2 April, 00:00.
    expect((await timerJob(`pqr:${filed.id}:at_risk`))?.run_at).toEqual(bogota("2026-03-27T00:00"));
    expect((await timerJob(`pqr:${filed.id}:silence`))?.run_at).toEqual(bogota("2026-04-02T00:00"));

    expect(await fire(`pqr:${filed.id}:at_risk`, bogota("2026-03-27T00:00"))).toBe("fired");
    const atRisk = await as("pqr_area", bogota("2026-03-27T08:00"), (ctx) => readPqrDetail(ctx, filed.id));
    expect(atRisk).toMatchObject({ clockStatus: "at_risk", status: "filed" });

    // Monday 30 March: the PQR area answers and notifies by email, with its proof.
    await answer(filed.id, bogota("2026-03-30T11:00"));
    const answered = await as("pqr_area", bogota("2026-03-30T11:05"), (ctx) => readPqrDetail(ctx, filed.id));
    // 10 business days from Monday 30 March: 31, 1 April, (2–3 Holy Thursday/Friday), 6, 7, 8, 9, 10, 13, 14, 15.
    expect(answered).toMatchObject({ status: "answered", appealWindowEndsOn: "2026-04-15", clockStatus: "stopped" });
    expect(answered.files.map((f) => f.kind).sort()).toEqual(["evidence", "notification_proof"]);
    expect(await timerJob(`pqr:${filed.id}:silence`)).toBeUndefined();

    // Day 10 of the window: the customer does not accept (seed 004 step 7) → reposición y en subsidio apelación.
    const appeal = await as("advisor", bogota("2026-04-15T15:00"), (ctx) =>
      fileAppeal(
        { pqrId: filed.id, kind: "with_subsidiary", grounds: "No acepto: pagué marzo por anticipado", filingChannel: "phone" },
        ctx,
      ),
    );
    expect(appeal).toMatchObject({ cun: filed.cun, status: "appeal_filed" });
    expect(await timerJob(`pqr:${filed.id}:appeal_window`)).toBeUndefined();
    expect((await timerJob(`pqr:${filed.id}:silence`))?.payload.payload).toMatchObject({
      stage: "reconsideration",
      dueOn: appeal.dueOn,
    });

    await as("pqr_area", bogota("2026-04-20T10:00"), (ctx) =>
      decideReconsideration({ pqrId: filed.id, decision: "upheld", decisionText: "Se confirma la respuesta." }, ctx),
    );
    expect((await pqrRow(filed.id)).status).toBe("reconsideration_decided");
    await as("pqr_area", bogota("2026-04-21T10:00"), (ctx) =>
      forwardToAuthority({ pqrId: filed.id, authorityReference: "SIC-2026-000123" }, ctx),
    );
    await as("pqr_area", bogota("2026-06-02T10:00"), (ctx) =>
      recordAuthorityDecision(
        {
          pqrId: filed.id,
          decision: "confirmed",
          decisionText: "La SIC confirma la decisión del operador.",
          decidedOn: "2026-06-01",
        },
        ctx,
      ),
    );
    const summary = await testDb.db.tenant(tenant.tenantId, (tx) => getPqrSummary(tx, filed.id));
    expect(summary).toMatchObject({ cun: filed.cun, status: "authority_decided", isFinal: true, hasAppeal: true });

    const timeline = await events(filed.id);
    expect(timeline.map((e) => e.action)).toEqual([
      "pqr_filed",
      "pqr_at_risk",
      "pqr_answered",
      "pqr_appeal_filed",
      "pqr_reconsideration_decided",
      "pqr_forwarded_to_authority",
      "outbound_queued",
      "pqr_authority_decided",
    ]);
    expect(timeline.map((e) => e.actor_role)).toEqual([
      "advisor",
      "system",
      "pqr_area",
      "advisor",
      "pqr_area",
      "pqr_area",
      "pqr_area",
      "pqr_area",
    ]);
    const forwarded = timeline.find((e) => e.action === "pqr_forwarded_to_authority")!.after as {
      cun: string;
      authority: { code: string };
      file: { files: unknown[] };
    };
    expect(forwarded).toMatchObject({ cun: filed.cun, authority: { code: "SIC" } });
    expect(forwarded.file.files).toHaveLength(2);
  });

  it("sends the whole file through the authority adapter; the simulator's filing number is kept on the appeal", async () => {
    const { filed } = await newPqr("K-2");
    await walkToReconsiderationDecided(filed.id);
    await as("pqr_area", bogota("2026-04-21T10:00"), (ctx) => forwardToAuthority({ pqrId: filed.id }, ctx));
    const message = await forwardedMessage(filed.id);
    expect(message).toMatchObject({ adapter: "authority", operation: "appeal.forward", status: "pending" });
    const payload = message.payload as { authority: string; pqr: { cun: string }; files: Array<Record<string, unknown>> };
    expect(payload).toMatchObject({ authority: "SIC", pqr: { cun: filed.cun } });
    expect(payload.files.map((f) => f.kind).sort()).toEqual(["evidence", "notification_proof"]);
    expect(Buffer.from(String(payload.files[0]!.contentBase64), "base64").subarray(0, 5).toString()).toBe("%PDF-");

    expect(await fire(`outbound:${message.id}`, bogota("2026-04-21T10:01"))).toBe("fired");
    const detail = await as("pqr_area", bogota("2026-04-21T10:05"), (ctx) => readPqrDetail(ctx, filed.id));
    expect(detail).toMatchObject({ status: "with_authority" });
    expect((await forwardedMessage(filed.id)).status).toBe("sent");
    expect(await appealReference(filed.id)).toMatch(/^RAD-\d{6}$/);
  });

  it("records the authority's decision when its answer through the adapter carries it", async () => {
    const { filed } = await newPqr("K-3");
    await walkToReconsiderationDecided(filed.id);
    await as("pqr_area", bogota("2026-04-21T10:00"), (ctx) => forwardToAuthority({ pqrId: filed.id }, ctx));
    const message = await forwardedMessage(filed.id);
    // The authority's system answers the delivery with its resolution (a webhook's JSON answer).
    const authority = {
      deliver: async () => ({
        ok: true as const,
        reference: "SIC-26-045678",
        response: { decision: "revoked", decisionText: "La SIC revoca: el cobro no procede.", decidedOn: "2026-06-01" },
      }),
    };
    await testDb.db.tenant(tenant.tenantId, (tx) =>
      deliverOutbound(
        { messageId: message.id },
        { tx, actor: systemActor(tenant.tenantId), now: bogota("2026-06-02T09:00") },
        outboundHooks(),
        async () => authority,
      ),
    );
    expect((await pqrRow(filed.id)).status).toBe("authority_decided");
    expect(await appealReference(filed.id)).toBe("SIC-26-045678");
    const decided = (await events(filed.id)).find((e) => e.action === "pqr_authority_decided")!;
    expect(decided).toMatchObject({ actor_role: "system", after: { decision: "revoked", decidedOn: "2026-06-01" } });
  });

  it("closes the PQR when the appeal window ends with no recurso", async () => {
    const { filed } = await newPqr("A-2");
    await answer(filed.id, bogota("2026-03-30T11:00"));
    expect(await fire(`pqr:${filed.id}:appeal_window`, bogota("2026-04-15T23:00"))).toBe("nothing_to_do");
    expect(await fire(`pqr:${filed.id}:appeal_window`, bogota("2026-04-16T00:00"))).toBe("fired");
    expect((await pqrRow(filed.id)).status).toBe("closed");
  });
});

describe("positive administrative silence", () => {
  it("flags the PQR after its due day, starts the 72-hour grant task, and the PQR area grants", async () => {
    const { filed } = await newPqr("S-1");
    // Fired early (a clock moved, a retry): nothing happens.
    expect(await fire(`pqr:${filed.id}:silence`, bogota("2026-04-01T23:59"))).toBe("nothing_to_do");
    // A late answer, before the timer ran, is refused with the reason.
    await expect(answer(filed.id, bogota("2026-04-02T08:00"))).rejects.toMatchObject({
      code: "STEP_NOT_ALLOWED",
      message: expect.stringContaining("venció el 01/04/2026"),
    });
    expect(await fire(`pqr:${filed.id}:silence`, bogota("2026-04-02T00:00"))).toBe("fired");
    const flagged = await as("pqr_area", bogota("2026-04-02T08:00"), (ctx) => readPqrDetail(ctx, filed.id));
    expect(flagged).toMatchObject({ status: "silence", isSilence: true, clockStatus: "past_due" });
    expect(flagged.silence?.grantDueAt).toBe(bogota("2026-04-05T00:00").toISOString());

    await as("pqr_area", bogota("2026-04-03T09:00"), (ctx) =>
      grantSilence({ pqrId: filed.id, note: "Se abona el valor en disputa en la próxima factura" }, ctx),
    );
    expect((await pqrRow(filed.id)).status).toBe("silence_granted");
    const { rows } = await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query<{ status: string }>("SELECT status FROM deadlines WHERE subject_type = 'pqr' AND subject_id = $1", [filed.id]),
    );
    expect(rows).toEqual([{ status: "met" }]);
    expect((await events(filed.id)).map((e) => e.action)).toEqual(["pqr_filed", "pqr_silence_flagged", "pqr_silence_granted"]);
  });
});

describe("the customer desists (seed 002 step 5)", () => {
  it("records who and when, and stops the clock", async () => {
    const { filed } = await newPqr("D-1");
    const now = bogota("2026-03-11T09:30");
    await as("advisor", now, (ctx) => desistPqr({ pqrId: filed.id, note: "El cliente acepta la explicación del cobro" }, ctx));
    const detail = await as("advisor", now, (ctx) => readPqrDetail(ctx, filed.id));
    expect(detail.status).toBe("desisted");
    expect(detail.desisted).toEqual({
      at: now.toISOString(),
      byName: "Asesor pqr-uno",
      note: "El cliente acepta la explicación del cobro",
    });
    expect(await timerJob(`pqr:${filed.id}:silence`)).toBeUndefined();
    expect(await timerJob(`pqr:${filed.id}:at_risk`)).toBeUndefined();
  });
});

describe("bad input is refused with the reason and changes nothing", () => {
  it("a PQR answered twice", async () => {
    const { filed } = await newPqr("B-1");
    await answer(filed.id, bogota("2026-03-12T10:00"));
    const before = await pqrRow(filed.id);
    await expect(answer(filed.id, bogota("2026-03-12T11:00"))).rejects.toMatchObject({
      code: "ILLEGAL_TRANSITION",
      message: "«Responder y notificar» no se puede realizar con el caso en estado «Respondida y notificada»",
    });
    expect(await pqrRow(filed.id)).toEqual(before);
  });

  it("an answer without the notification's proof", async () => {
    const { filed } = await newPqr("B-2");
    await expect(
      as("pqr_area", bogota("2026-03-12T10:00"), (ctx) =>
        answerPqr(
          {
            pqrId: filed.id,
            outcome: "granted",
            answerText: "Se concede",
            notificationChannel: "email",
            notificationProof: null,
          },
          ctx,
        ),
      ),
    ).rejects.toMatchObject({
      code: "STEP_NOT_ALLOWED",
      message: "Adjunte la prueba de la notificación de la respuesta al cliente",
    });
    expect((await pqrRow(filed.id)).status).toBe("filed");
  });

  it("an appeal after its window (day 11)", async () => {
    const { filed } = await newPqr("B-3");
    await answer(filed.id, bogota("2026-03-30T11:00"));
    const before = await pqrRow(filed.id);
    await expect(
      as("advisor", bogota("2026-04-16T09:00"), (ctx) =>
        fileAppeal({ pqrId: filed.id, kind: "reconsideration", grounds: "No estoy de acuerdo", filingChannel: "phone" }, ctx),
      ),
    ).rejects.toMatchObject({
      code: "STEP_NOT_ALLOWED",
      message: "El plazo para interponer el recurso venció el 15/04/2026; se recibiría el 16/04/2026",
    });
    expect(await pqrRow(filed.id)).toEqual(before);
  });

  it("a CUN outside the range, or not in the tenant's format", async () => {
    const customer = await buildPqrCustomer(testDb.db, tenant, "B-4", FILED);
    const count = async () =>
      (await testDb.db.tenant(tenant.tenantId, (tx) => tx.query<{ n: number }>("SELECT count(*)::int AS n FROM pqrs"))).rows[0]!
        .n;
    const before = await count();
    const base: FilePqrInput = {
      type: "petition",
      customerId: customer.id,
      subject: "Copia del contrato",
      filingChannel: "web",
      responseChannel: "web",
    };
    await expect(as("advisor", FILED, (ctx) => filePqr({ ...base, cun: "4002000000001" }, ctx))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      message: "El CUN 4002000000001 no tiene el formato configurado para el operador",
    });
    await configureCunRange(testDb.db, other, FILED, { first: 1, last: 99 });
    await expect(
      runAs(testDb.db, other, "advisor", FILED, async (ctx) => {
        const otherCustomer = await buildPqrCustomer(testDb.db, other, "B-4X", FILED);
        return filePqr({ ...base, customerId: otherCustomer.id, cun: "400100000100" }, ctx);
      }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED", message: expect.stringContaining("está fuera del rango asignado") });
    // A wrong evidence type refuses the whole filing: no PQR, no CUN used.
    await expect(
      as("advisor", FILED, (ctx) =>
        filePqr({ ...base, evidence: [{ fileName: "foto.png", mediaType: "image/png", content: PDF }] }, ctx),
      ),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      message: "El contenido de «foto.png» no corresponde al tipo image/png",
    });
    expect(await count()).toBe(before);
  });

  it("an exhausted range: a Spanish refusal naming it", async () => {
    const small = await buildTenant(testDb.db, "pqr-rango");
    await runAs(testDb.db, small, "admin", FILED, (ctx) =>
      setCunRange({ prefix: "77", firstNumber: 1, lastNumber: 2, width: 4 }, ctx),
    );
    const customer = await buildPqrCustomer(testDb.db, small, "R-1", FILED);
    const file = () =>
      runAs(testDb.db, small, "advisor", FILED, (ctx) =>
        filePqr(
          { type: "petition", customerId: customer.id, subject: "Información", filingChannel: "web", responseChannel: "web" },
          ctx,
        ),
      );
    expect((await file()).cun).toBe("770001");
    expect((await file()).cun).toBe("770002");
    await expect(file()).rejects.toMatchObject({
      code: "CONFLICT",
      message:
        "Se agotó el rango de CUN asignado (770001 a 770002); solicite un nuevo rango a la autoridad y configúrelo antes de radicar",
    });
  });

  it("concurrent filings get distinct, consecutive CUNs (the database hands them out)", async () => {
    const shared = await buildTenant(testDb.db, "pqr-concurrente");
    await configureCunRange(testDb.db, shared, FILED);
    const customer = await buildPqrCustomer(testDb.db, shared, "K-1", FILED);
    const cuns = await Promise.all(
      Array.from({ length: 8 }, () =>
        runAs(testDb.db, shared, "advisor", FILED, (ctx) =>
          filePqr(
            { type: "petition", customerId: customer.id, subject: "Información", filingChannel: "web", responseChannel: "web" },
            ctx,
          ),
        ).then((p) => p.cun),
      ),
    );
    expect([...cuns].sort()).toEqual(Array.from({ length: 8 }, (_, i) => `4001${String(i + 1).padStart(8, "0")}`));
  });

  it("another tenant's PQR is not found", async () => {
    const { filed } = await newPqr("T-1");
    await expect(runAs(testDb.db, other, "pqr_area", FILED, (ctx) => readPqrDetail(ctx, filed.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      runAs(testDb.db, other, "advisor", FILED, (ctx) => desistPqr({ pqrId: filed.id, note: "x" }, ctx)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await testDb.db.tenant(other.tenantId, (tx) => getPqrSummary(tx, filed.id))).toBeUndefined();
  });
});

describe("over HTTP", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await buildTestApp(testDb);
  });
  afterAll(() => testApp?.close());

  it("the advisor files with evidence, the PQR area sees it in its worklist, another tenant gets 404", async () => {
    const customer = await buildPqrCustomer(testDb.db, tenant, "H-1", new Date());
    const advisor = await login(testApp.app, tenant.users.advisor!.email);
    const preview = await advisor.request({ method: "GET", url: "/api/pqrs/clock-preview" });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ answerBusinessDays: 15 });
    const created = await advisor.request({
      method: "POST",
      url: "/api/pqrs",
      payload: {
        type: "complaint",
        customerId: customer.id,
        subject: "Cobro de reconexión sin suspensión",
        amountInDispute: "35000",
        filingChannel: "phone",
        responseChannel: "email",
        responseAddress: "cliente@example.com",
        evidence: [{ fileName: "factura.pdf", mediaType: "application/pdf", contentBase64: PDF.toString("base64") }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const pqr = created.json() as {
      id: string;
      cun: string;
      files: Array<{ id: string }>;
      nextSteps: Array<{ step: string; allowed: boolean }>;
    };
    expect(pqr.nextSteps.find((s) => s.step === "answer")).toMatchObject({ allowed: false });

    const area = await login(testApp.app, tenant.users.pqr_area!.email);
    const list = await area.request({ method: "GET", url: `/api/pqrs?customerId=${customer.id}` });
    expect(list.json()).toMatchObject({ total: 1, items: [{ cun: pqr.cun, clockStatus: "on_time" }] });
    // The worklist's table sorts on the server, by the fields it names only.
    const sorted = await area.request({
      method: "GET",
      url: `/api/pqrs?customerId=${customer.id}&sort=-dueOn&page=1&pageSize=10`,
    });
    expect(sorted.json()).toMatchObject({ total: 1, page: 1, pageSize: 10, items: [{ cun: pqr.cun }] });
    expect((await area.request({ method: "GET", url: "/api/pqrs?sort=p.number" })).statusCode).toBe(400);
    const file = await area.request({ method: "GET", url: `/api/pqrs/${pqr.id}/files/${pqr.files[0]!.id}` });
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);

    const stranger = await login(testApp.app, other.users.pqr_area!.email);
    expect((await stranger.request({ method: "GET", url: `/api/pqrs/${pqr.id}` })).statusCode).toBe(404);
    expect(
      (
        await stranger.request({
          method: "POST",
          url: `/api/pqrs/${pqr.id}/desist`,
          payload: { note: "x" },
        })
      ).statusCode,
    ).toBe(404);
    // The advisor may not answer: that is the PQR area's.
    const refused = await advisor.request({ method: "POST", url: `/api/pqrs/${pqr.id}/answer`, payload: {} });
    expect(refused.statusCode).toBe(403);
  });
});
