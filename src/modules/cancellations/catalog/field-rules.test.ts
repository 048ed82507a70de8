import { describe, expect, it } from "vitest";
import { checkFields } from "./field-rules.js";
import type { BenefitsCatalog, MotiveDefinition } from "./schema.js";

const NOW = new Date("2025-06-16T15:00:00Z");
const benefits: BenefitsCatalog = {
  firstMonth: "next_cycle",
  benefits: [
    { code: "DESC", label: "Descuento 50 %", kind: "discount", percentage: 50, months: [2, 3, 5] },
    { code: "SUSP", label: "Suspensión sin costo", kind: "suspension", durationMonths: 3, cost: null },
    { code: "OLD", label: "Descuento viejo", kind: "discount", percentage: 10, months: [1], retired: true },
  ],
};
const context = { now: NOW, timezone: "America/Guayaquil", benefits };

const motive: MotiveDefinition = {
  code: "M",
  label: "MOTIVO",
  closing: null,
  template: "x",
  fields: [
    { code: "direccion", label: "Dirección", type: "text", required: true, maxLength: 20 },
    { code: "telefono_referencia", label: "Teléfono de referencia", type: "phone", required: true },
    { code: "porcentaje", label: "Porcentaje", type: "number", required: false, min: 0, max: 100 },
    { code: "inicio", label: "Inicio", type: "date", required: false },
    { code: "fin", label: "Fin", type: "date", required: false, after: "inicio" },
    { code: "llamar", label: "Volver a llamar", type: "callback", required: false },
    { code: "escenario", label: "Escenario", type: "choice", required: false, options: ["uno", "dos"] },
    { code: "beneficio", label: "Beneficio", type: "benefit", required: false, benefitKind: "discount" },
  ],
};

describe("motive fields", () => {
  it("normalizes and renders valid values", () => {
    const checked = checkFields(
      motive,
      {
        direccion: "  Calle   10  ",
        telefono_referencia: "099 665-2364",
        porcentaje: "50",
        inicio: "2025-07-01",
        fin: "2025-09-30",
        llamar: "2025-06-17T09:00",
        escenario: "dos",
        beneficio: "DESC",
      },
      context,
    );
    expect(checked.issues).toEqual([]);
    expect(checked.values).toEqual({
      direccion: "Calle 10",
      telefono_referencia: "0996652364",
      porcentaje: 50,
      inicio: "2025-07-01",
      fin: "2025-09-30",
      llamar: "2025-06-17T14:00:00.000Z",
      escenario: "dos",
      beneficio: "DESC",
    });
    expect(checked.rendered.inicio).toBe("01/07/2025");
    expect(checked.rendered.llamar).toBe("17/06/2025 09:00");
    expect(checked.rendered.beneficio).toContain("50% mes 2, 3 y 5");
    expect(checked.callbackAt?.toISOString()).toBe("2025-06-17T14:00:00.000Z");
    expect(checked.benefitCodes).toEqual(["DESC"]);
  });

  it("names every missing required field and every malformed one", () => {
    const checked = checkFields(
      motive,
      {
        telefono_referencia: "llámeme",
        porcentaje: 120,
        inicio: "2025-02-30",
        escenario: "tres",
        beneficio: "SUSP",
        otro: "x",
      },
      context,
    );
    expect(checked.issues).toEqual([
      { field: "otro", message: "El motivo «MOTIVO» no tiene el campo «otro»" },
      { field: "direccion", message: "Falta «Dirección», obligatorio para «MOTIVO»" },
      { field: "telefono_referencia", message: "«Teléfono de referencia»: «llámeme» no es un número de teléfono" },
      { field: "porcentaje", message: "«Porcentaje»: debe ser como máximo 100" },
      { field: "inicio", message: "«Inicio»: «2025-02-30» no es una fecha (AAAA-MM-DD)" },
      { field: "escenario", message: "«Escenario»: elija una de: uno | dos" },
      { field: "beneficio", message: "«Beneficio»: El beneficio «Suspensión sin costo» no es un descuento" },
    ]);
  });

  it("refuses text over its length, a callback in the past, an end before its start, a retired or unknown benefit", () => {
    const checked = checkFields(
      motive,
      {
        direccion: "x".repeat(21),
        telefono_referencia: "0991234567",
        llamar: "2025-06-16T09:59:00-05:00",
        inicio: "2025-07-01",
        fin: "2025-07-01",
        beneficio: "OLD",
      },
      context,
    );
    expect(checked.issues.map((i) => i.message)).toEqual([
      "«Dirección»: tiene 21 caracteres; el máximo es 20",
      "«Volver a llamar»: la nueva llamada debe quedar en el futuro",
      "«Beneficio»: El beneficio «Descuento viejo» está retirado de la malla",
      "«Fin» debe ser posterior a «Inicio»",
    ]);
    expect(
      checkFields(motive, { direccion: "a", telefono_referencia: "0991234567", beneficio: "NADA" }, context).issues[0]!.message,
    ).toBe("«Beneficio»: «NADA» no está en la malla de beneficios");
  });
});
