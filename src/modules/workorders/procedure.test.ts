import { describe, expect, it } from "vitest";
import { decideStep } from "../../platform/procedure/procedure.js";
import { closingProblem, NO_WORK_ORDER_FACTS, WORK_ORDER_PROCEDURE } from "./procedure.js";

const ready = {
  tasksDone: ["drop-cable"],
  knownTasks: ["drop-cable", "wifi-access-point"],
  hasResult: true,
  hasSignature: true,
  hasSignerName: true,
};

describe("closing a work order (steps 7–8)", () => {
  it("needs the customer's signature first of all", () => {
    expect(closingProblem({ ...ready, hasSignature: false, tasksDone: [] })).toBe(
      "La orden no se puede cerrar sin la firma del cliente capturada en pantalla (paso 8.1)",
    );
  });
  it("then the signer's name, a task of the activity's list, and the result", () => {
    expect(closingProblem({ ...ready, hasSignerName: false })).toBe("Indique el nombre de quien firma la orden");
    expect(closingProblem({ ...ready, tasksDone: [] })).toBe("Marque al menos una tarea realizada de la lista");
    expect(closingProblem({ ...ready, tasksDone: ["drop-cable", "paint-wall"] })).toBe(
      "Tareas que no son de esta actividad: paint-wall",
    );
    expect(closingProblem({ ...ready, hasResult: false })).toBe("Describa el resultado del trabajo (servicios funcionando)");
    expect(closingProblem(ready)).toBeNull();
  });
  it("is the technician's, after the supervisor printed it; printing is the supervisor's and may be repeated", () => {
    expect(decideStep(WORK_ORDER_PROCEDURE, "close", { state: "printed", roles: ["technician"], facts: ready })).toEqual({
      allowed: true,
      to: "closed",
    });
    expect(decideStep(WORK_ORDER_PROCEDURE, "close", { state: "open", roles: ["technician"], facts: ready })).toMatchObject({
      refusal: "out_of_order",
    });
    expect(decideStep(WORK_ORDER_PROCEDURE, "close", { state: "printed", roles: ["supervisor"], facts: ready })).toMatchObject({
      refusal: "wrong_role",
    });
    expect(
      decideStep(WORK_ORDER_PROCEDURE, "print", { state: "printed", roles: ["supervisor"], facts: NO_WORK_ORDER_FACTS }),
    ).toEqual({
      allowed: true,
      to: "printed",
    });
    expect(
      decideStep(WORK_ORDER_PROCEDURE, "print", { state: "closed", roles: ["supervisor"], facts: NO_WORK_ORDER_FACTS }),
    ).toMatchObject({
      refusal: "out_of_order",
    });
  });
});
