import { DateTime } from "luxon";
import {
  attendTicket,
  keyServiceRequest,
  type RequestStep,
  receiveZoningForm,
  type TakeRequestStepInput,
  takeRequestStep,
} from "../modules/servicerequests/index.js";
import { closeWorkOrder, printWorkOrders } from "../modules/workorders/index.js";
import type { Actor, CommandContext } from "../platform/context.js";
import type { Tx } from "../platform/db/pool.js";
import { demoSignature } from "./seed-retention.js";

export interface AnnulmentDemoCounts {
  requests: number;
  annulled: number;
  reentries: number;
}

const ZONES = [
  { zone: "Chapinero", latitude: 4.6486, longitude: -74.0628, landmark: "Parque de los Hippies", street: "Calle 60" },
  { zone: "Usaquén", latitude: 4.6946, longitude: -74.0308, landmark: "Plaza de Usaquén", street: "Carrera 6A" },
  { zone: "Kennedy", latitude: 4.6268, longitude: -74.1509, landmark: "Portal Américas", street: "Avenida 1 de Mayo" },
  { zone: "Suba", latitude: 4.7413, longitude: -74.0833, landmark: "Plaza Imperial", street: "Calle 145" },
];

/** Internet lines of the demo's customers that no other demo procedure used (a small read the seed owns). */
async function freeInternetLines(tx: Tx, count: number) {
  const { rows } = await tx.query<{ customer_id: string; product_id: string; address: string | null }>(
    `SELECT p.customer_id, p.id AS product_id, c.address
       FROM products p JOIN customers c ON c.id = p.customer_id
      WHERE p.kind = 'internet' AND p.status = 'active'
        AND NOT EXISTS (SELECT 1 FROM work_orders o WHERE o.product_id = p.id)
      ORDER BY c.code LIMIT $1`,
    [count],
  );
  return rows;
}

/**
 * Seed 001 in the demo: requests keyed last month and this month walked through the three paths — fixed
 * the same day, annulled, re-entered within 2 hours, coordinated with the zonal center — plus open
 * tickets on the control board (one past its day), a zoning case with an impediment, and the learned
 * zones for the map layer; last month's indicator observed, this month's better.
 */
export async function seedAnnulmentsDemo(
  tx: Tx,
  actors: (role: string) => Actor,
  options: { now: Date; timezone: string },
): Promise<AnnulmentDemoCounts> {
  const counts: AnnulmentDemoCounts = { requests: 0, annulled: 0, reentries: 0 };
  const lines = await freeInternetLines(tx, 24);
  const at = (role: string, now: Date): CommandContext => ({ tx, actor: actors(role), now });
  const local = DateTime.fromJSDate(options.now, { zone: options.timezone });
  // A working morning of last month and the first working days of this month (never after now).
  const lastMonth = local.minus({ months: 1 }).set({ day: 10, hour: 9, minute: 0, second: 0, millisecond: 0 });
  const minutesAgo = (m: number) => new Date(options.now.getTime() - m * 60_000);
  let next = 0;

  async function key(when: Date, zoneIndex: number, type: "installation" | "transfer" | "migration" = "installation") {
    const line = lines[next++ % lines.length]!;
    const area = ZONES[zoneIndex % ZONES.length]!;
    const { request } = await keyServiceRequest(
      {
        requestType: type,
        customerId: line.customer_id,
        productId: line.product_id,
        address: line.address ?? "Cl 10 # 20-30",
        zone: area.zone,
        sellerName: ["Vendedor Ríos", "Vendedora Peña", "Vendedor Mora"][next % 3]!,
        observation: "Solicitud digitada en punto de venta",
      },
      at("advisor", when),
    );
    counts.requests++;
    return request;
  }
  const step = (
    role: string,
    when: Date,
    id: string,
    name: RequestStep,
    input: Partial<TakeRequestStepInput> & { observation: string },
  ) => takeRequestStep(id, name, input, at(role, when));
  const plus = (when: Date, minutes: number) => new Date(when.getTime() + minutes * 60_000);
  const annulled = () => counts.annulled++;

  if (lines.length < 16) return counts;

  // Last month: four fixed the same day, two annulled (the indicator observed: 66.67 %).
  for (let i = 0; i < 6; i++) {
    const when = lastMonth.plus({ days: i % 3, hours: i }).toJSDate();
    const r = await key(when, i);
    const { ticket } = await step("network_dept", plus(when, 20), r.id, "network_observe", {
      observation: "Nombre de calle no corresponde al sector",
      team: "platform_monitors",
      dataRequested: ["address_reference"],
    });
    if (i < 4) {
      await attendTicket(ticket!.id, { resolution: "Dirección confirmada con el cliente" }, at("supervisor", plus(when, 90)));
      await step("network_dept", plus(when, 120), r.id, "network_assign", { observation: "Corrección verificada" });
    } else {
      await step("network_dept", plus(when, 5 * 24 * 60), r.id, "network_annul", { observation: "No atendido en el día" });
      annulled();
    }
  }

  // This month, network path: fixed the same day (2–5), with what it learned for the map layer.
  const early = minutesAgo(6 * 60);
  const fixed = await key(early, 0);
  const observed = await step("network_dept", plus(early, 15), fixed.id, "network_observe", {
    observation: "Falta la caja más cercana; la calle está mal digitada",
    team: "platform_monitors",
    dataRequested: ["address_reference", "nearest_box"],
    references: ZONES.flatMap((z) => [
      { kind: "zone" as const, name: z.zone, zone: z.zone, latitude: z.latitude, longitude: z.longitude },
      { kind: "landmark" as const, name: z.landmark, zone: z.zone, latitude: z.latitude + 0.002, longitude: z.longitude + 0.002 },
      { kind: "street" as const, name: z.street, zone: z.zone },
    ]),
  });
  await attendTicket(
    observed.ticket!.id,
    {
      resolution: "Referencia obtenida con el cliente",
      correction: { observation: "Frente al parque; caja NAP-12", nearestBox: "NAP-12" },
    },
    at("supervisor", plus(early, 60)),
  );
  await step("network_dept", plus(early, 90), fixed.id, "network_assign", { observation: "Corrección verificada en el tablero" });

  // Open on the board: one on time, one past its day (opened three days ago, never attended).
  const pending = await key(minutesAgo(45), 1);
  await step("network_dept", minutesAgo(40), pending.id, "network_observe", {
    observation: "Datos técnicos incompletos: sin NAP",
    team: "sales_team_leader",
    dataRequested: ["nearest_box"],
  });
  const stale = await key(minutesAgo(5 * 24 * 60), 2);
  await step("network_dept", minutesAgo(5 * 24 * 60 - 10), stale.id, "network_observe", {
    observation: "Dirección sin nomenclatura",
    team: "advisor",
    dataRequested: ["address_reference"],
  });

  // Commercial operations center: fixable → sales team leader; re-entry within 2 hours; coordinated annulment.
  const fixable = await key(minutesAgo(120), 3);
  await step("commercial_ops_center", minutesAgo(110), fixable.id, "coc_route_fix", {
    observation: "Plan no corresponde a la tecnología del sector",
    team: "sales_team_leader",
  });
  const reentered = await key(minutesAgo(5 * 60), 0, "transfer");
  await step("commercial_ops_center", minutesAgo(4 * 60), reentered.id, "coc_annul_for_reentry", {
    observation: "Debe digitarse como traslado a Cr 7 # 60-10, caja NAP-9",
    team: "advisor",
  });
  annulled();
  await keyServiceRequest(
    {
      requestType: "transfer",
      customerId: reentered.customer_id,
      productId: reentered.product_id,
      address: "Cr 7 # 60-10",
      nearestBox: "NAP-9",
      sellerName: reentered.seller_name,
      reentryOf: reentered.id,
    },
    at("advisor", minutesAgo(3 * 60)),
  );
  counts.requests++;
  counts.reentries++;
  const waiting = await key(minutesAgo(60), 1);
  await step("commercial_ops_center", minutesAgo(30), waiting.id, "coc_annul_for_reentry", {
    observation: "Equipo equivocado para migración: re-digitar con ONT",
    team: "platform_monitors",
  });
  annulled();
  const unfixable = await key(minutesAgo(200), 2);
  const coordination = await step("commercial_ops_center", minutesAgo(190), unfixable.id, "coc_coordinate_annulment", {
    observation: "Zona sin cobertura de red",
  });
  await attendTicket(
    coordination.ticket!.id,
    { resolution: "Conforme con la anulación" },
    at("zonal_ops_center", minutesAgo(150)),
  );
  await step("commercial_ops_center", minutesAgo(140), unfixable.id, "coc_annul", {
    observation: "Sin cobertura: anulación coordinada",
  });
  annulled();

  // Field technician: report to the COC (open), through the zonal center to the COC (open), and ratified annulment.
  const reported = await key(minutesAgo(100), 3);
  await step("technician", minutesAgo(80), reported.id, "technician_report", {
    observation: "El cliente pide un punto adicional de TV",
    details: {
      commercial: "Plan 300 Mbps",
      technical: "FTTH NAP-4 puerto 6",
      equipment: "ONT",
      customerRequests: "Punto adicional de TV",
    },
  });
  const routed = await key(minutesAgo(150), 0);
  await step("technician", minutesAgo(130), routed.id, "technician_to_zonal", { observation: "Requiere gestión de otro sector" });
  await step("zonal_ops_center", minutesAgo(110), routed.id, "zonal_redirect", {
    observation: "Verificado, al Centro de Operaciones Comercial",
  });
  const lost = await key(minutesAgo(240), 1);
  await step("technician", minutesAgo(230), lost.id, "technician_to_zonal", { observation: "Predio sin acceso a la red" });
  await step("zonal_ops_center", minutesAgo(220), lost.id, "zonal_redirect", { observation: "Verificado para anular" });
  await step("commercial_ops_center", minutesAgo(210), lost.id, "coc_redirect_annul", {
    observation: "Se ratifica la anulación",
  });
  annulled();

  // An executed order with its zoning form and an impediment still open (20).
  const executed = await key(minutesAgo(7 * 60), 2);
  await printWorkOrders({ ids: [executed.work_order_id!] }, at("supervisor", minutesAgo(6 * 60)));
  await closeWorkOrder(
    executed.work_order_id!,
    {
      tasksDone: ["nap-connection", "service-test"],
      result: "Servicio instalado",
      signature: demoSignature(7),
      signedByName: "Titular",
    },
    at("technician", minutesAgo(5 * 60)),
  );
  await receiveZoningForm(
    executed.id,
    {
      zone: "Kennedy Central",
      address: "Cl 38 Sur # 78-12",
      nearestBox: "NAP-31",
      impediments: [{ cause: "order_not_closed", team: "coc", observation: "La OT figura sin cierre en el sistema" }],
    },
    at("network_dept", minutesAgo(4 * 60)),
  );
  // Keyed only: nothing observed.
  await key(minutesAgo(20), 3, "migration");
  return counts;
}
