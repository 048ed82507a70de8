import { DateTime } from "luxon";
import { findCalendarSettings } from "../modules/calendar/index.js";
import type { BenefitsCatalog, DispositionCatalog } from "../modules/cancellations/index.js";
import {
  benefitsCatalogKind,
  createCancellationCase,
  DEFAULT_CAMPAIGN,
  dispositionsCatalogKind,
  recordAttempt,
  setDisposition,
  takeCase,
} from "../modules/cancellations/index.js";
import { readDefaultCatalog } from "../modules/catalogs/index.js";
import { countOverdueInstructions, findInstruction, sendClosingInstructions } from "../modules/closings/index.js";
import { deliverOutbound } from "../modules/integrations/index.js";
import { type Actor, type CommandContext, systemActor } from "../platform/context.js";
import type { Tx } from "../platform/db/pool.js";
import { outboundHooks } from "../platform/manifest.js";
import { demoFieldValues } from "./field-values.js";
import { seededRandomizer } from "./random.js";

/**
 * The demo operator's Internet retention queue, made by the product's own commands (the same the API
 * runs) with clocks in the past: cancellation requests received over the last days, some still in the pool, some
 * assigned, some pending with callbacks (older ones come due and return to the pool when the worker
 * starts), some finished with their closing instruction — confirmed by the billing simulator, ready,
 * or overdue — and some handed to level 1 after three unanswered attempts.
 */

export interface CancellationDemoOptions {
  tenantId: string;
  now: Date;
  count: number;
  /** Internet services of demo customers: the cancellation requests are about them. */
  services: Array<{ serviceNumber: string; customerCode: string; phone: string; address: string }>;
  advisors: Actor[];
  supervisor: Actor;
  seed?: number;
}

export interface CancellationDemoCounts {
  cases: number;
  pool: number;
  assigned: number;
  pending: number;
  finished: number;
  handedOff: number;
  confirmed: number;
  overdue: number;
}

type Scenario = "pool" | "assigned" | "no_answer" | "callback" | "finished" | "hand_off";
const SCENARIOS: Array<{ value: Scenario; weight: number }> = [
  { value: "pool", weight: 15 },
  { value: "assigned", weight: 15 },
  { value: "no_answer", weight: 12 },
  { value: "callback", weight: 10 },
  { value: "finished", weight: 42 },
  { value: "hand_off", weight: 6 },
];
/** Which final motives the demo's advisors choose, and how often. */
const FINAL_MOTIVES: Array<{ state: string; motive: string; weight: number }> = [
  { state: "RETENIDO", motive: "ASESORIA_COMERCIAL", weight: 8 },
  { state: "RETENIDO", motive: "ASESORIA_TECNICA", weight: 8 },
  { state: "RETENIDO", motive: "AUMENTO_PLAN", weight: 6 },
  { state: "RETENIDO", motive: "BAJA_PLAN", weight: 6 },
  { state: "RETENIDO", motive: "MIGRACION", weight: 4 },
  { state: "RETENIDO", motive: "TRASLADO_INTERNO_CON_COSTO", weight: 2 },
  { state: "RETENIDO", motive: "VISITA_TECNICA", weight: 5 },
  { state: "RETENIDO_SEGUIMIENTO", motive: "DESCUENTO_CBM", weight: 7 },
  { state: "RETENIDO_SEGUIMIENTO", motive: "SUSPENSION_SIN_COSTO", weight: 3 },
  { state: "RETENIDO_SEGUIMIENTO", motive: "SUSPENSION_CON_COSTO", weight: 2 },
  { state: "RETIRO_CONTACTADO", motive: "COM_MEJOR_OFERTA_COMPETENCIA", weight: 6 },
  { state: "RETIRO_CONTACTADO", motive: "TEC_MALA_CALIDAD", weight: 5 },
  { state: "RETIRO_CONTACTADO", motive: "CLT_PROBLEMAS_ECONOMICOS", weight: 4 },
  { state: "RETIRO_CONTACTADO", motive: "CLT_VIAJE_EXTERIOR", weight: 3 },
  { state: "RETIRO_EN_PROCESO", motive: "ENTREGARA_EQUIPO_CIS", weight: 3 },
  { state: "RETIRO_EN_PROCESO", motive: "CLIENTE_SE_ACERCARA_CIS", weight: 2 },
  { state: "NO_PROCEDE", motive: "CLIENTE_NO_SOLICITO_RETIRO", weight: 4 },
  { state: "NO_PROCEDE", motive: "NO_ES_TITULAR", weight: 2 },
  { state: "NO_APLICA", motive: "QUEJA_DUPLICADA", weight: 3 },
  { state: "NO_APLICA", motive: "SERVICIO_RETIRADO", weight: 2 },
];
const REASONS = [
  "Solicita el retiro del servicio de Internet",
  "Cancelación por cambio de domicilio",
  "Retiro por mala calidad del servicio",
  "Solicita cancelar por costo del plan",
  "Retiro: se cambia a otro proveedor",
];
const HOUR = 3_600_000;
const MINUTE = 60_000;

function picker(seed: number) {
  const random = seededRandomizer();
  random.seed(seed);
  return {
    next: () => random.next(),
    weighted<T>(items: Array<{ weight: number } & T>): T {
      const total = items.reduce((sum, item) => sum + item.weight, 0);
      let roll = random.next() * total;
      for (const item of items) {
        roll -= item.weight;
        if (roll < 0) return item;
      }
      return items.at(-1)!;
    },
  };
}

/** Seeds the queue in the caller's tenant transaction; returns how many cases ended in each state. */
export async function seedCancellationQueue(tx: Tx, options: CancellationDemoOptions): Promise<CancellationDemoCounts> {
  const catalog = readDefaultCatalog(dispositionsCatalogKind, DEFAULT_CAMPAIGN) as DispositionCatalog;
  const benefits = readDefaultCatalog(benefitsCatalogKind, DEFAULT_CAMPAIGN) as BenefitsCatalog;
  const timezone = (await findCalendarSettings(tx))!.timezone;
  const pick = picker(options.seed ?? 20_250_615);
  const counts: CancellationDemoCounts = {
    cases: 0,
    pool: 0,
    assigned: 0,
    pending: 0,
    finished: 0,
    handedOff: 0,
    confirmed: 0,
    overdue: 0,
  };
  const latest = options.now.getTime() - 5 * MINUTE;
  const total = Math.min(options.count, options.services.length);

  for (let index = 0; index < total; index++) {
    const service = options.services[index]!;
    const scenario = pick.weighted(SCENARIOS).value;
    const advisor = options.advisors[index % options.advisors.length]!;
    // Received within the last 9 days; every later step happens after it and never after now.
    let clock = Math.min(latest - 8 * HOUR, options.now.getTime() - Math.floor(pick.next() * 9 * 24) * HOUR - 2 * HOUR);
    const at = (actor: Actor, step: number) => {
      clock = Math.min(latest, clock + step);
      return { tx, actor, now: new Date(clock) } satisfies CommandContext;
    };
    const receivedAt = new Date(clock - 30 * MINUTE).toISOString();
    const { id } = await createCancellationCase(
      {
        campaign: DEFAULT_CAMPAIGN,
        complaintNumber: `RET-${DateTime.fromMillis(clock, { zone: timezone }).toFormat("yyyyLLdd")}-${String(index + 1).padStart(4, "0")}`,
        serviceNumber: service.serviceNumber,
        customerCode: service.customerCode,
        reason: REASONS[index % REASONS.length]!,
        receivedAt,
      },
      at(options.supervisor, 0),
    );
    counts.cases++;
    if (scenario === "pool") {
      counts.pool++;
      continue;
    }
    let { version } = await takeCase(id, {}, at(advisor, 20 * MINUTE));
    if (scenario === "assigned") {
      counts.assigned++;
      continue;
    }
    const attempt = async (result: "answered" | "no_answer", step: number) => {
      const done = await recordAttempt(id, { dialledNumber: service.phone, result, expectedVersion: version }, at(advisor, step));
      version = done.version;
    };
    if (scenario === "no_answer" || scenario === "hand_off") {
      const unanswered = scenario === "hand_off" ? catalog.contactPolicy.maxUnansweredAttempts : 1 + (index % 2);
      for (let n = 0; n < unanswered; n++) await attempt("no_answer", n === 0 ? 10 * MINUTE : 3 * HOUR);
      if (scenario === "hand_off") counts.handedOff++;
      else counts.pending++;
      continue;
    }
    await attempt("answered", 10 * MINUTE);
    const choice = scenario === "callback" ? { state: "PENDIENTE", motive: "VOLVER_A_LLAMAR" } : pick.weighted(FINAL_MOTIVES);
    const motive = catalog.states.find((s) => s.code === choice.state)!.motives.find((m) => m.code === choice.motive)!;
    const ctx = at(advisor, 8 * MINUTE);
    const fields = demoFieldValues(motive, benefits, {
      now: ctx.now,
      phone: service.phone,
      address: service.address,
      index,
      timezone,
    });
    const decided = await setDisposition(
      id,
      { stateCode: choice.state, motiveCode: choice.motive, fields, expectedVersion: version },
      ctx,
    );
    if (scenario === "callback") {
      counts.pending++;
      continue;
    }
    counts.finished++;
    const age = options.now.getTime() - ctx.now.getTime();
    // Older closings: most were sent and confirmed the same day; the rest are left unsent (overdue).
    if (decided.instruction && age > 2 * 24 * HOUR) {
      if (pick.next() < 0.7) {
        const sendCtx = at(options.supervisor, 2 * HOUR);
        await sendClosingInstructions({ ids: [decided.instruction.id] }, sendCtx);
        const message = (await findInstruction(tx, decided.instruction.id))!.outbound_message_id!;
        // The billing simulator answers a few minutes later, as the worker would deliver it.
        await deliverOutbound(
          { messageId: message },
          { tx, actor: systemActor(options.tenantId), now: new Date(clock + 5 * MINUTE) },
          outboundHooks(),
        );
        counts.confirmed++;
      }
    }
  }
  // Unsent closings past their due date: the older ones left unsent, and any whose day already ended.
  counts.overdue = await countOverdueInstructions(tx, options.now);
  return counts;
}
