import { describe, expect, it } from "vitest";
import { decideStep } from "../../platform/procedure/procedure.js";
import {
  NO_REQUEST_FACTS,
  REQUEST_PROCEDURE,
  REQUEST_STEPS,
  type RequestFacts,
  type RequestStatus,
  type RequestStep,
  TEAM_ROLES,
  TICKET_ROUTES,
} from "./procedure.js";
import { attendProblem, routingProblem } from "./rules.js";

const decide = (step: RequestStep, state: RequestStatus, role: string, facts: Partial<RequestFacts> = {}) =>
  decideStep(REQUEST_PROCEDURE, step, { state, roles: [role], facts: { ...NO_REQUEST_FACTS, ...facts } });

describe("network department path (steps 2–5)", () => {
  it("2–3: observes a keyed request (or one already observed) and reports it", () => {
    expect(decide("network_observe", "keyed", "network_dept")).toEqual({ allowed: true, to: "observed" });
    expect(decide("network_observe", "observed", "network_dept")).toEqual({ allowed: true, to: "observed" });
    expect(decide("network_observe", "annulled", "network_dept")).toMatchObject({ allowed: false, refusal: "out_of_order" });
  });
  it("5.2: assigns for installation once the problem is fixed", () => {
    expect(decide("network_assign", "observed", "network_dept")).toEqual({ allowed: true, to: "assigned" });
    expect(decide("network_assign", "observed", "commercial_ops_center")).toMatchObject({
      allowed: false,
      refusal: "wrong_role",
    });
  });
  it("5.2: annuls only when the ticket was not attended in the day", () => {
    expect(decide("network_annul", "observed", "network_dept")).toEqual({
      allowed: false,
      refusal: "guard",
      reason:
        "La orden solo se anula si el servicio de ingeniería no fue atendido en el día (paso 5.2): revise el tablero de control",
    });
    expect(decide("network_annul", "observed", "network_dept", { sameDayLapsed: true })).toEqual({
      allowed: true,
      to: "annulled",
    });
  });
});

describe("commercial operations center path (steps 6–13)", () => {
  it("6–7: a fixable observation becomes tickets (back to step 4)", () => {
    expect(decide("coc_route_fix", "keyed", "commercial_ops_center")).toEqual({ allowed: true, to: "observed" });
  });
  it("8–9: of substance but fixable by re-entry → annul with a re-entry ticket", () => {
    expect(decide("coc_annul_for_reentry", "observed", "commercial_ops_center")).toEqual({ allowed: true, to: "annulled" });
  });
  it("10: not fixable → coordinate with the zonal center; annul only once it agreed", () => {
    expect(decide("coc_coordinate_annulment", "keyed", "commercial_ops_center")).toEqual({ allowed: true, to: "observed" });
    expect(decide("coc_annul", "observed", "commercial_ops_center")).toEqual({
      allowed: false,
      refusal: "guard",
      reason: "La anulación de una observación no subsanable se coordina antes con el Centro de Operaciones Zonal (paso 10)",
    });
    expect(decide("coc_annul", "observed", "commercial_ops_center", { zonalCoordinated: true })).toEqual({
      allowed: true,
      to: "annulled",
    });
  });
  it("11–13: orders the zonal center routes → redirect for installation or confirming the annulment", () => {
    expect(decide("coc_redirect_install", "with_coc", "commercial_ops_center")).toEqual({ allowed: true, to: "assigned" });
    expect(decide("coc_redirect_annul", "with_coc", "commercial_ops_center")).toEqual({ allowed: true, to: "annulled" });
    expect(decide("coc_redirect_annul", "observed", "commercial_ops_center")).toMatchObject({ refusal: "out_of_order" });
  });
});

describe("field technician path (steps 14–18)", () => {
  it("14–15: reports to the commercial operations center from the order", () => {
    expect(decide("technician_report", "assigned", "technician")).toEqual({ allowed: true, to: "observed" });
  });
  it("16–17: reports to the zonal center; 18: the zonal center verifies and redirects to the COC", () => {
    expect(decide("technician_to_zonal", "assigned", "technician")).toEqual({ allowed: true, to: "with_zonal" });
    expect(decide("zonal_redirect", "with_zonal", "zonal_ops_center")).toEqual({ allowed: true, to: "with_coc" });
    expect(decide("zonal_redirect", "with_zonal", "technician")).toMatchObject({ refusal: "wrong_role" });
  });
});

describe("the table as a whole", () => {
  it("nothing leaves an annulled request", () => {
    for (const step of REQUEST_STEPS) {
      for (const role of ["network_dept", "commercial_ops_center", "technician", "zonal_ops_center"]) {
        expect(decide(step, "annulled", role, { sameDayLapsed: true, zonalCoordinated: true }).allowed).toBe(false);
      }
    }
  });
  it("an advisor or a supervisor takes no detection step", () => {
    for (const step of REQUEST_STEPS) {
      expect(decide(step, "observed", "advisor").allowed).toBe(false);
      expect(decide(step, "observed", "supervisor").allowed).toBe(false);
    }
  });
});

describe("ticket routing and attention", () => {
  it("each step routes only to the teams that take it, with the reason when not", () => {
    expect(routingProblem("network_observe", "platform_monitors")).toBeNull();
    expect(routingProblem("coc_route_fix", "network_dept")).toBeNull();
    expect(routingProblem("technician_report", "zonal")).toBe(
      "Centro de Operaciones Zonal no atiende el servicio de ingeniería de «Coordina con el Centro de Operaciones Comercial para evitar la anulación» (paso 15); se direcciona a Centro de Operaciones Comercial",
    );
    expect(routingProblem("coc_coordinate_annulment", "advisor")).not.toBeNull();
    expect(routingProblem("zoning_impediment", "zonal")).not.toBeNull();
    for (const route of Object.values(TICKET_ROUTES)) expect(route.teams.length).toBeGreaterThan(0);
  });
  it("only the team it was routed to closes it as attended", () => {
    expect(attendProblem("platform_monitors", ["supervisor"])).toBeNull();
    expect(attendProblem("advisor", ["advisor"])).toBeNull();
    expect(attendProblem("coc", ["technician"])).toBe(
      "El servicio de ingeniería está direccionado a Centro de Operaciones Comercial: lo cierra como atendido quien lo subsana (paso 4.2)",
    );
    for (const roles of Object.values(TEAM_ROLES)) expect(roles.length).toBeGreaterThan(0);
  });
});
