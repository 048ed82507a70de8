/**
 * Seed 001 (COM-DSC-P10) as a transition table: a service request keyed by an advisor (step 1) and the
 * three areas that may catch an error or omission in it before the order is annulled.
 *
 *   network department (2–5)      keyed ─network_observe─▶ observed ─network_assign─▶ assigned
 *                                                           observed ─network_annul (not attended in the day)─▶ annulled
 *   commercial operations (6–13)  keyed|observed ─coc_route_fix─▶ observed                    (back to step 4)
 *                                 keyed|observed ─coc_annul_for_reentry─▶ annulled            (re-entry ticket, 9.1)
 *                                 keyed|observed ─coc_coordinate_annulment─▶ observed         (ticket to the zonal center)
 *                                 keyed|observed ─coc_annul (zonal center agreed)─▶ annulled  (10)
 *                                 with_coc ─coc_redirect_install─▶ assigned                   (11–12)
 *                                 with_coc ─coc_redirect_annul─▶ annulled                     (11, 13)
 *   field technician (14–18)      keyed|assigned|observed ─technician_report─▶ observed       (to the COC, 15)
 *                                 keyed|assigned|observed ─technician_to_zonal─▶ with_zonal   (16, 17)
 *                                 with_zonal ─zonal_redirect─▶ with_coc                       (18 → 11)
 *
 * Every detection and routing step opens an engineering ticket (the one mechanism every path uses),
 * routed to a team the step may route to (`TICKET_ROUTES`); a ticket is attended (closed as attended,
 * step 4.2) only by a role of the team it was routed to (`TEAM_ROLES`).
 */
import { defineProcedure } from "../../platform/procedure/procedure.js";

export const REQUEST_STATUSES = ["keyed", "observed", "with_zonal", "with_coc", "assigned", "annulled"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STEPS = [
  "network_observe",
  "network_assign",
  "network_annul",
  "coc_route_fix",
  "coc_annul_for_reentry",
  "coc_coordinate_annulment",
  "coc_annul",
  "coc_redirect_install",
  "coc_redirect_annul",
  "technician_report",
  "technician_to_zonal",
  "zonal_redirect",
] as const;
export type RequestStep = (typeof REQUEST_STEPS)[number];

export interface RequestFacts {
  /** An open ticket of the request whose same-day deadline passed without being attended (5.2). */
  sameDayLapsed: boolean;
  /** The zonal center attended a coordination ticket of the request (step 10): the annulment is agreed. */
  zonalCoordinated: boolean;
}

export const NO_REQUEST_FACTS: RequestFacts = { sameDayLapsed: false, zonalCoordinated: false };

export const REQUEST_PROCEDURE = defineProcedure<RequestStatus, RequestStep, RequestFacts>({
  code: "servicerequests",
  name: "Gestión comercial técnica para evitar anulaciones",
  states: {
    keyed: { label: "Digitada" },
    observed: { label: "Observada (probable anulación)" },
    with_zonal: { label: "En el Centro de Operaciones Zonal" },
    with_coc: { label: "Direccionada al Centro de Operaciones Comercial" },
    assigned: { label: "Asignada para instalación" },
    annulled: { label: "Anulada", isFinal: true },
  },
  steps: {
    network_observe: {
      label: "Observa la digitación y reporta mediante servicio de ingeniería",
      seedStep: "2–3",
      from: ["keyed", "observed"],
      to: "observed",
      roles: ["network_dept"],
    },
    network_assign: {
      label: "Asigna para instalación: el problema observado se subsanó",
      seedStep: "5.2",
      from: ["observed"],
      to: "assigned",
      roles: ["network_dept"],
    },
    network_annul: {
      label: "Anula la orden de trabajo: el servicio de ingeniería no se atendió en el día",
      seedStep: "5.2",
      from: ["observed"],
      to: "annulled",
      roles: ["network_dept"],
      guard: (facts) =>
        facts.sameDayLapsed
          ? null
          : "La orden solo se anula si el servicio de ingeniería no fue atendido en el día (paso 5.2): revise el tablero de control",
    },
    coc_route_fix: {
      label: "Genera servicios de ingeniería: la observación es subsanable",
      seedStep: "6–7",
      from: ["keyed", "observed"],
      to: "observed",
      roles: ["commercial_ops_center"],
    },
    coc_annul_for_reentry: {
      label: "Anula y genera servicio de ingeniería para re-digitación",
      seedStep: "8–9",
      from: ["keyed", "observed"],
      to: "annulled",
      roles: ["commercial_ops_center"],
    },
    coc_coordinate_annulment: {
      label: "Coordina la anulación con el Centro de Operaciones Zonal",
      seedStep: "10",
      from: ["keyed", "observed"],
      to: "observed",
      roles: ["commercial_ops_center"],
    },
    coc_annul: {
      label: "Anula la orden de trabajo coordinada con el Centro de Operaciones Zonal",
      seedStep: "10",
      from: ["keyed", "observed"],
      to: "annulled",
      roles: ["commercial_ops_center"],
      guard: (facts) =>
        facts.zonalCoordinated
          ? null
          : "La anulación de una observación no subsanable se coordina antes con el Centro de Operaciones Zonal (paso 10)",
    },
    coc_redirect_install: {
      label: "Re-direcciona la orden para que se ejecute la instalación",
      seedStep: "11–12",
      from: ["with_coc", "observed"],
      to: "assigned",
      roles: ["commercial_ops_center"],
    },
    coc_redirect_annul: {
      label: "Re-direcciona la orden ratificando la anulación",
      seedStep: "11, 13",
      from: ["with_coc"],
      to: "annulled",
      roles: ["commercial_ops_center"],
    },
    technician_report: {
      label: "Coordina con el Centro de Operaciones Comercial para evitar la anulación",
      seedStep: "14–15",
      from: ["keyed", "assigned", "observed"],
      to: "observed",
      roles: ["technician"],
    },
    technician_to_zonal: {
      label: "Reporta al Centro de Operaciones Zonal",
      seedStep: "16–17",
      from: ["keyed", "assigned", "observed"],
      to: "with_zonal",
      roles: ["technician"],
    },
    zonal_redirect: {
      label: "Verifica la orden y la re-direcciona al Centro de Operaciones Comercial",
      seedStep: "18",
      from: ["with_zonal"],
      to: "with_coc",
      roles: ["zonal_ops_center"],
    },
  },
});

/** The teams a ticket may be routed to. */
export const TICKET_TEAMS = ["platform_monitors", "sales_team_leader", "advisor", "network_dept", "coc", "zonal"] as const;
export type TicketTeam = (typeof TICKET_TEAMS)[number];

export const TEAM_NAMES_ES: Record<TicketTeam, string> = {
  platform_monitors: "Monitoras de plataforma",
  sales_team_leader: "Team leader de ventas",
  advisor: "Asesor comercial",
  network_dept: "Depto. Gestión de Red",
  coc: "Centro de Operaciones Comercial",
  zonal: "Centro de Operaciones Zonal",
};

/** Who attends (closes as attended) a ticket routed to each team: the party that fixes it (4.2). */
export const TEAM_ROLES: Record<TicketTeam, readonly string[]> = {
  platform_monitors: ["supervisor"],
  sales_team_leader: ["supervisor"],
  advisor: ["advisor", "supervisor"],
  network_dept: ["network_dept"],
  coc: ["commercial_ops_center"],
  zonal: ["zonal_ops_center"],
};

export const TICKET_KINDS = ["correction", "reentry", "report", "coordination", "impediment"] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];
export const TICKET_AREAS = ["network", "coc", "technician", "zonal", "zoning"] as const;
export type TicketArea = (typeof TICKET_AREAS)[number];

/** The steps that open a ticket, the impediment of a zoning form (20.2) among them. */
export type TicketOpeningStep =
  | Exclude<RequestStep, "network_assign" | "network_annul" | "coc_annul" | "coc_redirect_install" | "coc_redirect_annul">
  | "zoning_impediment";

export interface TicketRoute {
  kind: TicketKind;
  area: TicketArea;
  seedStep: string;
  /** The teams this step may route its ticket to; the first is the default. */
  teams: readonly TicketTeam[];
}

/** What ticket each step opens and where it may go (3.1, 7, 9.1, 10, 15, 16–17, 18, 20.2). */
export const TICKET_ROUTES: Record<TicketOpeningStep, TicketRoute> = {
  network_observe: {
    kind: "correction",
    area: "network",
    seedStep: "3",
    teams: ["platform_monitors", "sales_team_leader", "advisor"],
  },
  coc_route_fix: {
    kind: "correction",
    area: "coc",
    seedStep: "7",
    teams: ["platform_monitors", "sales_team_leader", "network_dept"],
  },
  coc_annul_for_reentry: { kind: "reentry", area: "coc", seedStep: "9.1", teams: ["advisor", "platform_monitors"] },
  coc_coordinate_annulment: { kind: "coordination", area: "coc", seedStep: "10", teams: ["zonal"] },
  technician_report: { kind: "report", area: "technician", seedStep: "15", teams: ["coc"] },
  technician_to_zonal: { kind: "report", area: "technician", seedStep: "16–17", teams: ["zonal"] },
  zonal_redirect: { kind: "report", area: "zonal", seedStep: "18", teams: ["coc"] },
  zoning_impediment: {
    kind: "impediment",
    area: "zoning",
    seedStep: "20.2",
    teams: ["coc", "platform_monitors", "sales_team_leader", "network_dept"],
  },
};

/** The area of the seed whose path a step belongs to (the indicator's «área»). */
export const STEP_AREA: Record<RequestStep, "network" | "coc" | "technician"> = {
  network_observe: "network",
  network_assign: "network",
  network_annul: "network",
  coc_route_fix: "coc",
  coc_annul_for_reentry: "coc",
  coc_coordinate_annulment: "coc",
  coc_annul: "coc",
  coc_redirect_install: "coc",
  coc_redirect_annul: "coc",
  technician_report: "technician",
  technician_to_zonal: "technician",
  zonal_redirect: "technician",
};

/** Whether a step opens a ticket. */
export function opensTicket(step: RequestStep): step is Exclude<TicketOpeningStep, "zoning_impediment"> {
  return step in TICKET_ROUTES;
}
