import { describe, expect, it } from "vitest";
import { decideStep } from "../../../platform/procedure/procedure.js";
import { readRoleCatalog } from "../../identity/index.js";
import { PERMISSIONS } from "../policy.js";
import { cancellationCaseProcedure } from "./procedure.js";

/** The permission of the routes that take each step (routes.ts): a role shown the route must be able to take the step. */
const STEP_PERMISSION = {
  take: PERMISSIONS.work,
  assign: PERMISSIONS.manage,
  record_attempt: PERMISSIONS.work,
  set_disposition: PERMISSIONS.work,
  correct_disposition: PERMISSIONS.work,
} as const;

describe("the case procedure and catalogs/roles.json agree", () => {
  it.each(Object.entries(STEP_PERMISSION))("the roles of «%s» are exactly those holding %s", async (step, permission) => {
    const catalog = await readRoleCatalog();
    const holders = catalog.roles.filter((role) => role.permissions.includes(permission)).map((role) => role.code);
    const stepRoles = cancellationCaseProcedure.steps[step as keyof typeof STEP_PERMISSION].roles;
    expect([...stepRoles].sort()).toEqual(holders.sort());
  });

  it("back office (complaints:manage) may assign and distribute cases", () => {
    const decision = decideStep(cancellationCaseProcedure, "assign", {
      state: "open",
      roles: ["back_office"],
      facts: { status: "open", actorUserId: "b", isSupervisor: true, assignedTo: null, assigneeName: null },
    });
    expect(decision).toEqual({ allowed: true, to: "open" });
  });
});
