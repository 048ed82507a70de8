import { expect } from "vitest";
import { setCunRange } from "../../src/modules/pqr/index.js";
import type { Db } from "../../src/platform/db/pool.js";
import { xlsxBuffer } from "../fixtures/imports/spreadsheets.js";
import type { Session } from "./app.js";
import { actorOf, asActor, multipart } from "./dispositions.js";

/** Helpers for the adjustments cell's tests: the operator's base as a file, its upload, the row API. */

export const BASE_HEADER = [
  "fecha_corte",
  "numero_pqr",
  "cuenta",
  "causal",
  "estado_ajuste",
  "aprobacion_rechazo",
  "radicado",
  "asesor",
  "valor_solicitado",
  "valor_aplicado",
  "soportes",
  "observacion",
];

export interface BaseRow {
  cut: string;
  filing: string;
  account: string;
  cause: string;
  agent: string;
  amount: number | string;
  radicado?: string;
  applied?: number | string;
  evidence?: string;
  status?: string;
  note?: string;
}

export const baseLine = (row: BaseRow): unknown[] => [
  row.cut,
  row.filing,
  row.account,
  row.cause,
  row.status ?? "PENDIENTE",
  "",
  row.radicado ?? "",
  row.agent,
  row.amount,
  row.applied ?? "",
  row.evidence ?? "",
  row.note ?? "",
];

/** The base as the operator sends it (.xlsx), with the given header (a column may be left out). */
export function baseWorkbook(rows: BaseRow[], header = BASE_HEADER): Promise<Buffer> {
  const keep = header.map((column) => BASE_HEADER.indexOf(column));
  return xlsxBuffer([header, ...rows.map((row) => keep.map((i) => baseLine(row)[i]))]);
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function uploadBase(session: Session, fileName: string, content: Buffer) {
  return session.request({ method: "POST", url: "/api/imports?kind=adjustments", ...multipart(fileName, content, XLSX) });
}

/** Uploads and commits a base; returns the commit's summary. */
export async function importBase(session: Session, fileName: string, rows: BaseRow[] | Buffer) {
  const staged = await uploadBase(session, fileName, Buffer.isBuffer(rows) ? rows : await baseWorkbook(rows));
  expect(staged.statusCode, staged.body).toBe(201);
  const committed = await session.request({ method: "POST", url: `/api/imports/${staged.json().id}/commit` });
  expect(committed.statusCode, committed.body).toBe(200);
  return committed.json().summary ?? committed.json();
}

/** Gives the tenant a CUN range (the PQR module issues CUNs from it). */
export async function configureCunRange(db: Db, adminEmail: string) {
  const admin = await actorOf(db, adminEmail);
  await asActor(db, admin, (ctx) => setCunRange({ prefix: "CUN-", firstNumber: 1, lastNumber: 999_999 }, ctx));
}

/** The cut's rows by filing number. */
export async function rowIds(session: Session, cut: string): Promise<Map<string, string>> {
  const response = await session.request({ url: `/api/adjustments/cuts/${cut}/rows?pageSize=500` });
  expect(response.statusCode, response.body).toBe(200);
  return new Map(response.json().items.map((row: { filingNumber: string; id: string }) => [row.filingNumber, row.id]));
}

/** One step on a row through the API; the response. */
export function rowStep(session: Session, id: string, step: "validate" | "answer" | "review" | "contacts", payload: object) {
  return session.request({ method: "POST", url: `/api/adjustments/rows/${id}/${step}`, payload });
}
