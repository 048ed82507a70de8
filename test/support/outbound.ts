import { expect } from "vitest";
import type { Session } from "./app.js";
import { multipart } from "./dispositions.js";

/** Helpers of the outbound (seed 002) tests: customers, a campaign, its lists as CSV. */

export async function createCustomers(
  session: Session,
  prefix: string,
  count: number,
): Promise<Array<{ id: string; code: string }>> {
  const out: Array<{ id: string; code: string }> = [];
  for (let i = 1; i <= count; i++) {
    const code = `C-${prefix}-${String(i).padStart(2, "0")}`;
    const created = await session.request({
      method: "POST",
      url: "/api/customers",
      payload: { code, documentId: `80${i}${prefix.length}1234`, fullName: `Cliente ${prefix} ${i} Restrepo` },
    });
    expect(created.statusCode, created.body).toBe(201);
    out.push({ id: created.json().id, code });
  }
  return out;
}

export async function createCampaign(
  session: Session,
  code: string,
  pacingMode = "predictive",
  policyScope = "co",
): Promise<string> {
  const created = await session.request({
    method: "POST",
    url: "/api/outbound/campaigns",
    payload: { code, name: `Campaña ${code}`, policyScope, pacingMode },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}

export interface ListRow {
  campaign: string;
  type: string;
  customer: string;
  reason?: string;
  offers?: string;
  phones: string;
  references?: string;
  priority?: number;
  from?: string;
  until?: string;
  channels?: string;
}

export function contactListCsv(rows: ListRow[]): Buffer {
  const header =
    "campana,tipo_base,codigo_cliente,motivo,ofertas,telefonos,referencias,prioridad,vigente_desde,vigente_hasta,canales_autorizados";
  const lines = rows.map((r) =>
    [
      r.campaign,
      r.type,
      r.customer,
      r.reason ?? "",
      r.offers ?? "",
      r.phones,
      r.references ?? "",
      r.priority ?? "",
      r.from ?? "",
      r.until ?? "",
      r.channels ?? "",
    ]
      .map((v) => `"${String(v).replaceAll('"', '""')}"`)
      .join(","),
  );
  return Buffer.from(`${header}\n${lines.join("\n")}\n`);
}

/** Stages and commits a file of `kind` through the generic import route; returns the commit's response. */
export async function importFile(session: Session, kind: string, name: string, content: Buffer) {
  const staged = await session.request({ method: "POST", url: `/api/imports?kind=${kind}`, ...multipart(name, content) });
  if (staged.statusCode !== 201) return staged;
  return session.request({ method: "POST", url: `/api/imports/${staged.json().id}/commit` });
}
