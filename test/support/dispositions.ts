import { expect } from "vitest";
import { actorFromRow } from "../../src/modules/identity/actor-from-row.js";
import { findLoginByEmail } from "../../src/modules/identity/repo.js";
import type { Actor, CommandContext } from "../../src/platform/context.js";
import type { Db } from "../../src/platform/db/pool.js";
import type { Session } from "./app.js";
import { TEST_PASSWORD } from "./factories.js";

/** Helpers for the dispositions tests: customers with an Internet service, the cancellation-request queue, the case API. */

export const CAMPAIGN = "internet-retention";

export interface ServiceCustomer {
  id: string;
  code: string;
  name: string;
  phone: string;
  serviceNumber: string;
}

/** Registers `count` customers with one Internet service each, through the API (codes C-<prefix>-01 …). */
export async function seedServiceCustomers(session: Session, prefix: string, count: number): Promise<ServiceCustomer[]> {
  const customers: ServiceCustomer[] = [];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(2, "0");
    const customer = {
      code: `C-${prefix}-${n}`,
      name: `Cliente ${prefix} ${n} Pacheco`,
      phone: `09966${prefix.length}${n}${n}`.slice(0, 10),
      serviceNumber: `02${prefix.length}555${n}${i}`,
    };
    const created = await session.request({
      method: "POST",
      url: "/api/customers",
      payload: { code: customer.code, documentId: `17${n}${i}45678`, fullName: customer.name, phone: customer.phone },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const product = await session.request({
      method: "POST",
      url: `/api/customers/${id}/products`,
      payload: {
        serviceNumber: customer.serviceNumber,
        kind: "internet",
        technology: "gpon",
        plan: "Fibra 200",
        status: "active",
      },
    });
    expect(product.statusCode, product.body).toBe(201);
    customers.push({ id, ...customer });
  }
  return customers;
}

/** Queues one cancellation request about a customer's service by API, received an hour ago unless said; returns the case id. */
export async function queueCancellationRequest(
  session: Session,
  customer: ServiceCustomer,
  complaintNumber: string,
  receivedAt = new Date(Date.now() - 3_600_000),
): Promise<string> {
  const created = await session.request({
    method: "POST",
    url: "/api/complaint-cases",
    payload: {
      campaign: CAMPAIGN,
      complaintNumber,
      serviceNumber: customer.serviceNumber,
      customerCode: customer.code,
      reason: "Solicita retiro del servicio",
      receivedAt: receivedAt.toISOString(),
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}

/** Adds another advisor (password TEST_PASSWORD) through the admin's session; returns the user's id. */
export async function addAdvisor(admin: Session, email: string, fullName: string): Promise<string> {
  const created = await admin.request({
    method: "POST",
    url: "/api/users",
    payload: { email, fullName, password: TEST_PASSWORD, roles: ["advisor"] },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}

/** The cancellation-requests CSV the billing system would hand over. */
export function cancellationRequestsCsv(
  rows: Array<{ number: string; service: string; customer: string; reason?: string; date?: string }>,
): Buffer {
  const lines = ["numero_queja,numero_servicio,codigo_cliente,motivo,fecha"];
  for (const row of rows) {
    lines.push(
      [row.number, row.service, row.customer, row.reason ?? "Solicita retiro del servicio", row.date ?? "2025-06-10 09:30"].join(
        ",",
      ),
    );
  }
  return Buffer.from(`${lines.join("\n")}\n`);
}

/** A multipart upload of one file in the field «file». */
export function multipart(
  fileName: string,
  content: Buffer,
  type = "text/csv",
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = "----fideliza-test-boundary";
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** Uploads a cancellation-requests file for the campaign. */
export function uploadCancellationRequests(session: Session, fileName: string, content: Buffer, campaign = CAMPAIGN) {
  return session.request({
    method: "POST",
    url: `/api/complaints/imports?campaign=${campaign}`,
    ...multipart(fileName, content),
  });
}

/** The actor of a user, as the API would see them: to run commands directly with another `now`. */
export async function actorOf(db: Db, email: string): Promise<Actor> {
  const row = await db.system((tx) => findLoginByEmail(tx, email));
  if (!row) throw new Error(`no existe ${email}`);
  return actorFromRow(row, "session");
}

/** Runs a command as `actor` in its tenant's transaction, with the given clock. */
export function asActor<T>(db: Db, actor: Actor, work: (ctx: CommandContext) => Promise<T>, now = new Date()): Promise<T> {
  return db.tenant(actor.tenantId, (tx) => work({ tx, actor, now }));
}

/** The case API of one session: read, attempt, dispose, correct — each with the version it just read. */
export function caseApi(session: Session) {
  const detail = async (id: string) => {
    const response = await session.request({ url: `/api/complaint-cases/${id}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  return {
    detail,
    async attempt(id: string, result: string, dialledNumber = "0996650001") {
      const { version } = await detail(id);
      return session.request({
        method: "POST",
        url: `/api/complaint-cases/${id}/attempts`,
        payload: { dialledNumber, result, expectedVersion: version },
      });
    },
    async dispose(id: string, stateCode: string, motiveCode: string, fields: Record<string, unknown> = {}, note?: string) {
      const { version } = await detail(id);
      return session.request({
        method: "POST",
        url: `/api/complaint-cases/${id}/disposition`,
        payload: { stateCode, motiveCode, fields, ...(note ? { note } : {}), expectedVersion: version },
      });
    },
    async correct(id: string, stateCode: string, motiveCode: string, fields: Record<string, unknown> = {}) {
      const { version } = await detail(id);
      return session.request({
        method: "POST",
        url: `/api/complaint-cases/${id}/correction`,
        payload: { stateCode, motiveCode, fields, expectedVersion: version },
      });
    },
  };
}

/** Rows of a few tables of the tenant, to show a refusal changed nothing. */
export async function dispositionCounts(db: Db, tenantId: string) {
  return db.tenant(tenantId, async (tx) => {
    const { rows } = await tx.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM complaint_cases)::int AS cases, (SELECT count(*) FROM contact_attempts)::int AS attempts,
              (SELECT count(*) FROM case_dispositions)::int AS dispositions,
              (SELECT count(*) FROM closing_instructions)::int AS instructions,
              (SELECT count(*) FROM events)::int AS events, (SELECT count(*) FROM deadlines)::int AS deadlines,
              (SELECT coalesce(sum(version), 0) FROM complaint_cases)::int AS versions`,
    );
    return rows[0]!;
  });
}
