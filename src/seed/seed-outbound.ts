import { publishCatalog, readCatalog } from "../modules/catalogs/index.js";
import { addContactRecords, createOutboundCampaign, type NewContactRecord } from "../modules/contactlists/index.js";
import { CONTACT_POLICY_KIND, type ContactPolicy } from "../modules/contactpolicy/index.js";
import type { Actor } from "../platform/context.js";
import type { Tx } from "../platform/db/pool.js";

/**
 * The demo operator's outbound premium care (seed 002): a campaign under the CO preset (Ley 2300) and one under a
 * demo preset without contact windows (so `npm run demo` shows calls arriving at any hour), each with a list of
 * every type. The server's simulator dials them when an advisor goes ready at /salida.
 */

export interface OutboundDemoCounts {
  campaigns: number;
  records: number;
}

const LISTS: Array<{ type: string; reason: string; offers: string[] }> = [
  {
    type: "fidelizacion",
    reason: "Cliente premium hogar: confirmar estado del servicio y brindar beneficios",
    offers: ["Upgrade de velocidad sin costo por 3 meses", "Paquete HBO Max incluido 2 meses"],
  },
  { type: "abandonos", reason: "Llamó a la línea de atención y no fue atendido", offers: ["Visita técnica prioritaria"] },
  {
    type: "detractores",
    reason: "Calificó 2/10 en la encuesta tras su última interacción",
    offers: ["Descuento 15 % por 3 meses"],
  },
  {
    type: "cancelaciones",
    reason: "Solicitó cancelar su servicio de Internet",
    offers: ["Descuento 30 % por 3 meses", "Upgrade a 900 Mb sin costo", "Cambio de plan sin penalidad"],
  },
  {
    type: "brownfield",
    reason: "Red HFC: ofrecer la migración a fibra óptica (FTTH)",
    offers: ["Migración a FTTH sin costo de instalación"],
  },
];

export async function seedOutboundDemo(
  tx: Tx,
  supervisor: Actor,
  customers: ReadonlyArray<{ id: string; phone: string }>,
  now: Date,
): Promise<OutboundDemoCounts> {
  const ctx = { tx, actor: supervisor, now };
  const co = (await readCatalog<ContactPolicy>(tx, CONTACT_POLICY_KIND, "co")).content;
  const allDay: [string, string] = ["00:00", "24:00"];
  await publishCatalog(
    {
      kind: CONTACT_POLICY_KIND,
      scope: "demo",
      basedOnVersion: 0,
      note: "Demostración",
      content: {
        ...co,
        name: "Demostración sin horario",
        legalBasis: "Solo para la demostración: sin ventanas horarias ni festivos. No usar con clientes reales.",
        windows: { "1": allDay, "2": allDay, "3": allDay, "4": allDay, "5": allDay, "6": allDay, "7": allDay },
        noContactOnHolidays: false,
        maxDirectContactsPerDay: null,
        attemptLimits: { perRecordPerDay: null, perRecordTotal: null, perPhonePerDay: null, perPhoneTotal: null },
        dropLockoutHours: 0,
      } satisfies ContactPolicy,
    },
    ctx,
  );
  const campaigns = [
    await createOutboundCampaign(
      { code: "premium-demo", name: "Premium hogar y móvil (demostración)", policyScope: "demo", pacingMode: "predictive" },
      ctx,
    ),
    await createOutboundCampaign(
      { code: "premium-co", name: "Premium hogar y móvil (Ley 2300)", policyScope: "co", pacingMode: "progressive" },
      ctx,
    ),
  ];
  let records = 0;
  const perCampaign = Math.floor(customers.length / campaigns.length);
  for (const [c, campaignId] of campaigns.entries()) {
    const mine = customers.slice(c * perCampaign, (c + 1) * perCampaign);
    const rows: NewContactRecord[] = mine.map((customer, i) => {
      const list = LISTS[i % LISTS.length]!;
      return {
        customerId: customer.id,
        listType: list.type,
        reason: list.reason,
        offers: list.offers,
        phones: [customer.phone.replace(/[^\d+]/g, "")],
        priority: 1 + (i % 5),
      };
    });
    records += await addContactRecords(campaignId, rows, ctx);
  }
  return { campaigns: campaigns.length, records };
}
