/**
 * Pure decisions of the adjustments cell (seed 004): what a row's validation finds against its cause's
 * policy, the three indicators' formulas, the weekly top 5, the voicemail's words. No I/O, no clock.
 */

/** One cause of the catalog (A–M in the seed) with the evidence its policy requires. */
export interface AdjustmentCause {
  code: string;
  name: string;
  requiredEvidence: string[];
  policy: string;
  retired?: boolean;
}

export interface EvidenceKind {
  code: string;
  label: string;
}

/** The catalog document the validator reads (catalogs/adjustment_causes/default.json). */
export interface AdjustmentCausesCatalog {
  basis: string;
  /** The PQR area's queue rows without evidence are escalated to (the seed's CASOSPQR-PQRRES). */
  pqrQueue: string;
  evidence: EvidenceKind[];
  causes: AdjustmentCause[];
}

export type RowStatus =
  | "received"
  | "escalated_pqr"
  | "sent_to_backoffice"
  | "rejected"
  | "rejected_rightly"
  | "approved"
  | "informed"
  | "appealed";

export const ROW_STATUSES: readonly RowStatus[] = [
  "received",
  "escalated_pqr",
  "sent_to_backoffice",
  "rejected",
  "rejected_rightly",
  "approved",
  "informed",
  "appealed",
];

export const ROW_STATUS_LABELS: Record<RowStatus, string> = {
  received: "Por validar",
  escalated_pqr: "Escalada al área de PQR",
  sent_to_backoffice: "Enviada al back de ajustes",
  rejected: "Rechazada: por revisar",
  rejected_rightly: "Bien rechazada: informar al cliente",
  approved: "Aprobada: informar al cliente",
  informed: "Cliente informado",
  appealed: "Recurso radicado",
};

export type ValidationOutcome =
  | { route: "backoffice"; missingEvidence: [] }
  | { route: "pqr"; missingEvidence: string[]; reason: string };

/**
 * Step 3 of the seed: the row's cause read against the policy. Evidence the cause requires and neither
 * the base nor the validator shows → escalated to the PQR area; otherwise sent to the adjustments back office.
 * A retired or unknown cause is refused (null reason → allowed), so the caller can name it.
 */
export function validateAgainstPolicy(
  cause: AdjustmentCause,
  evidenceInBase: readonly string[],
  evidenceChecked: readonly string[],
  labels: ReadonlyMap<string, string>,
): ValidationOutcome {
  const present = new Set([...evidenceInBase, ...evidenceChecked]);
  const missing = cause.requiredEvidence.filter((code) => !present.has(code));
  if (missing.length === 0) return { route: "backoffice", missingEvidence: [] };
  const names = missing.map((code) => labels.get(code) ?? code);
  return {
    route: "pqr",
    missingEvidence: missing,
    reason: `Causal ${cause.code} (${cause.name}) sin soportes: ${names.join("; ")}`,
  };
}

/** The cause of a code in the catalog, or the Spanish reason it cannot be used. */
export function findCause(catalog: AdjustmentCausesCatalog, code: string): AdjustmentCause | string {
  const cause = catalog.causes.find((c) => c.code === code);
  if (!cause) return `La causal «${code}» no existe en el catálogo de causales de ajuste`;
  if (cause.retired) return `La causal «${code}» (${cause.name}) está retirada del catálogo`;
  return cause;
}

/** The catalog's own rules beyond its schema: unique codes, single letters, evidence that exists. */
export function validateCausesCatalog(catalog: AdjustmentCausesCatalog): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  const evidence = new Set(catalog.evidence.map((e) => e.code));
  const seen = new Set<string>();
  catalog.causes.forEach((cause, index) => {
    if (seen.has(cause.code)) issues.push({ path: `causes.${index}.code`, message: `La causal ${cause.code} está repetida` });
    seen.add(cause.code);
    cause.requiredEvidence.forEach((code, j) => {
      if (!evidence.has(code)) {
        issues.push({
          path: `causes.${index}.requiredEvidence.${j}`,
          message: `El soporte «${code}» no está en la lista de soportes`,
        });
      }
    });
  });
  return issues;
}

// ------------------------------------------------------------------ weekly feedback (seed 004 step 9)

export interface AgentRejections {
  agentUserId: string;
  agentName: string;
  causeCode: string;
  rejections: number;
}

export interface TopAgent {
  agentUserId: string;
  agentName: string;
  rejections: number;
  /** Its causes, most frequent first (ties by letter), at most three. */
  topCauses: string[];
}

/**
 * The week's top `limit` front-office agents by rejections (ties: by name), each with its most frequent causes.
 */
export function rankTopAgents(counts: readonly AgentRejections[], limit = 5): TopAgent[] {
  const byAgent = new Map<string, { name: string; total: number; causes: Map<string, number> }>();
  for (const count of counts) {
    const agent = byAgent.get(count.agentUserId) ?? { name: count.agentName, total: 0, causes: new Map() };
    agent.total += count.rejections;
    agent.causes.set(count.causeCode, (agent.causes.get(count.causeCode) ?? 0) + count.rejections);
    byAgent.set(count.agentUserId, agent);
  }
  return [...byAgent.entries()]
    .filter(([, agent]) => agent.total > 0)
    .sort(([, a], [, b]) => b.total - a.total || a.name.localeCompare(b.name, "es"))
    .slice(0, limit)
    .map(([agentUserId, agent]) => ({
      agentUserId,
      agentName: agent.name,
      rejections: agent.total,
      topCauses: [...agent.causes.entries()]
        .sort(([ca, a], [cb, b]) => b - a || ca.localeCompare(cb))
        .slice(0, 3)
        .map(([code]) => code),
    }));
}

/** The Monday (YYYY-MM-DD) of the ISO week containing a calendar date (YYYY-MM-DD). */
export function weekStartOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - weekday);
  return day.toISOString().slice(0, 10);
}

// ------------------------------------------------------------------ contacting the customer (steps 4, 6, 7, 8)

const pesos = (value: number) =>
  new Intl.NumberFormat("es-CO", { style: "currency", currency: "COP", maximumFractionDigits: 0 }).format(value);

/** Step 8: the voicemail left to an unreachable customer, with the decision and the filing number. */
export function voicemailMessage(input: {
  customerName: string;
  decision: "approved" | "rejected";
  radicado: string | null;
  appliedAmount: number | null;
  filingNumber: string;
}): string {
  const decision =
    input.decision === "approved"
      ? `su solicitud de ajuste fue aprobada por ${pesos(input.appliedAmount ?? 0)}`
      : "su solicitud de ajuste no fue aprobada según las políticas de la causal";
  const radicado = input.radicado ?? input.filingNumber;
  return `Buen día, ${input.customerName}. Le informamos que ${decision}. Número de radicado: ${radicado}.`;
}

export type ContactResult = "answered" | "no_answer" | "busy" | "wrong_number";

export type ContactOutcome =
  | { kind: "informed" }
  | { kind: "appeal"; appealType: "reposicion" | "subsidio_apelacion" }
  | { kind: "voicemail" }
  | { kind: "attempt_only" };

/**
 * What a contact attempt on a decided row leads to: an answered customer who accepts is informed; one who
 * does not accept files an appeal (the type they chose); an unreachable one gets a voicemail when asked.
 * The reason is Spanish when the attempt is incomplete.
 */
export function contactOutcome(input: {
  result: ContactResult;
  customerAccepts?: boolean;
  appealType?: "reposicion" | "subsidio_apelacion";
  leaveVoicemail?: boolean;
}): ContactOutcome | { refusal: string } {
  if (input.result === "answered") {
    if (input.customerAccepts === undefined) return { refusal: "Indique si el cliente acepta la respuesta del ajuste" };
    if (input.customerAccepts) return { kind: "informed" };
    if (!input.appealType) {
      return { refusal: "El cliente no acepta: indique si radica recurso de reposición o subsidio de apelación" };
    }
    return { kind: "appeal", appealType: input.appealType };
  }
  if (input.customerAccepts !== undefined || input.appealType) {
    return { refusal: "Sin contacto con el cliente no se registra si acepta ni un recurso" };
  }
  return input.leaveVoicemail ? { kind: "voicemail" } : { kind: "attempt_only" };
}
