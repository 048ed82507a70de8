import { describe, expect, it } from "vitest";
import { BILLING, CLAIMS, CUSTOMERS, PRODUCTS } from "./kinds.js";
import { commitRefusal, describeIssue, editDistance, planHeader, validateRow } from "./rules.js";

const bogota = { timezone: "America/Bogota" };
const CUSTOMER_HEADER = CUSTOMERS.columns.map((c) => c.header);

function customerRow(overrides: Record<string, unknown> = {}): unknown[] {
  const values: Record<string, unknown> = {
    codigo_cliente: "C-1",
    documento: 1020304050,
    nombre: "Ana Ruiz",
    categoria: "Empresarial",
    telefono: 3001234567,
    email: "ana@correo.co",
    direccion: "Calle 1 # 2-3",
    ciudad: "Cali",
    en_mora: "sí",
    central_riesgos: "no",
    ...overrides,
  };
  return CUSTOMER_HEADER.map((header) => values[header]);
}

describe("header", () => {
  it("maps columns in any order, by Spanish header or API field name, accents and case aside", () => {
    const { plan, issues } = planHeader(CUSTOMERS, ["Nombre", "Código Cliente", "documentId", "EN MORA"]);
    expect(issues).toEqual([]);
    expect(plan.positions.slice(0, 3)).toEqual([1, 2, 0]);
    expect(plan.positions[CUSTOMER_HEADER.indexOf("en_mora")]).toBe(3);
    expect(plan.positions[CUSTOMER_HEADER.indexOf("telefono")]).toBe(-1);
  });

  it("names a missing required column, and pairs a renamed one with the expected name", () => {
    const missing = planHeader(CUSTOMERS, ["codigo_cliente", "nombre"]).issues;
    expect(missing).toEqual([{ row: 0, column: "documento", message: "Falta la columna obligatoria «documento»" }]);
    const renamed = planHeader(CUSTOMERS, ["codigo_cliente", "documentos", "nombre"]).issues;
    expect(renamed).toHaveLength(1);
    expect(renamed[0]).toMatchObject({ column: "documento" });
    expect(renamed[0]!.message).toContain("«documentos»");
    expect(renamed[0]!.message).toContain("Renómbrela «documento»");
  });

  it("refuses unknown, repeated and blank headers", () => {
    const { issues } = planHeader(CUSTOMERS, ["codigo_cliente", "documento", "nombre", "saldo", "nombre", null, "ciudad"]);
    expect(issues.map((i) => i.message)).toEqual([
      "La columna «nombre» aparece dos veces (columnas C y E)",
      "La columna F no tiene encabezado",
      expect.stringContaining("La columna «saldo» no es de la plantilla de clientes"),
    ]);
  });

  it("edit distance", () => {
    expect(editDistance("documento", "documentos")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("rows", () => {
  const plan = planHeader(CUSTOMERS, CUSTOMER_HEADER).plan;

  it("converts a good row to the API's customer shape", () => {
    expect(validateRow(CUSTOMERS, plan, customerRow(), 2, bogota)).toEqual({
      data: {
        code: "C-1",
        documentId: "1020304050",
        fullName: "Ana Ruiz",
        tier: "business",
        phone: "3001234567",
        email: "ana@correo.co",
        address: "Calle 1 # 2-3",
        city: "Cali",
        isDelinquent: true,
        hasCreditBureauFlag: false,
      },
    });
  });

  it("skips blank rows and leaves empty optional cells out", () => {
    expect(validateRow(CUSTOMERS, plan, [null, "", "  "], 5, bogota)).toBeNull();
    const result = validateRow(CUSTOMERS, plan, customerRow({ email: "", categoria: null }), 2, bogota);
    expect(result?.data).not.toHaveProperty("email");
    expect(result?.data).not.toHaveProperty("tier");
  });

  it("names each bad cell by row and column, once", () => {
    const result = validateRow(CUSTOMERS, plan, customerRow({ en_mora: "quizás", nombre: "", categoria: "oro" }), 7, bogota);
    expect(result?.issues).toEqual([
      {
        row: 7,
        column: "categoria",
        message: "«oro» no es un valor válido; use estándar, premium, empresarial, corporativo o vip",
      },
      { row: 7, column: "en_mora", message: "«quizás» no es un valor sí/no; use sí, no, 1 o 0" },
      { row: 7, column: "nombre", message: "Es obligatorio y está vacío" },
    ]);
    expect(describeIssue(result!.issues![1]!)).toBe("fila 7, columna en_mora: «quizás» no es un valor sí/no; use sí, no, 1 o 0");
  });

  it("applies the schema's limits: too long a name", () => {
    const result = validateRow(CUSTOMERS, plan, customerRow({ nombre: "x".repeat(201) }), 3, bogota);
    expect(result?.issues).toEqual([{ row: 3, column: "nombre", message: "Admite como máximo 200 caracteres (tiene 201)" }]);
  });

  it("a CSV row shorter than the header is incomplete; values outside the header are refused", () => {
    expect(validateRow(CUSTOMERS, plan, ["C-1", "1", "Ana"], 4, bogota, true)?.issues?.[0]?.message).toBe(
      "La fila está incompleta: tiene 3 de 10 columnas",
    );
    expect(validateRow(CUSTOMERS, plan, [...customerRow(), "extra"], 4, bogota)?.issues?.[0]?.message).toContain("columna K");
  });

  it("billing: a period that is not a month is refused with what was expected", () => {
    const billingPlan = planHeader(BILLING, ["codigo_cliente", "periodo", "monto"]).plan;
    expect(validateRow(BILLING, billingPlan, ["C-1", "2024-03", "120.000"], 2, bogota)).toEqual({
      data: { customerCode: "C-1", period: "2024-03", amount: 120000 },
    });
    expect(validateRow(BILLING, billingPlan, ["C-1", "2024-13", -5], 3, bogota)?.issues).toEqual([
      { row: 3, column: "periodo", message: "«2024-13» no tiene el formato esperado (Mes facturado, AAAA-MM)" },
      { row: 3, column: "monto", message: "Debe ser mayor o igual a 0 (valor -5)" },
    ]);
  });

  it("products: Spanish labels become the API's codes", () => {
    const productPlan = planHeader(
      PRODUCTS,
      PRODUCTS.columns.map((c) => c.header),
    ).plan;
    const result = validateRow(
      PRODUCTS,
      productPlan,
      ["C-1", "6015550123", "Telefonía fija", "Cobre", "Voz ilimitada", "Suspendido", "sí", "$ 45.900", "14/05/2023"],
      2,
      bogota,
    );
    expect(result?.data).toEqual({
      customerCode: "C-1",
      serviceNumber: "6015550123",
      kind: "fixed_voice",
      technology: "copper",
      plan: "Voz ilimitada",
      status: "suspended",
      withdrawnForNonPayment: true,
      monthlyFee: 45900,
      activatedOn: "2023-05-14",
    });
  });

  it("claims: a solution before the opening is refused", () => {
    const claimPlan = planHeader(
      CLAIMS,
      CLAIMS.columns.map((c) => c.header),
    ).plan;
    const result = validateRow(
      CLAIMS,
      claimPlan,
      ["R-1", "601", "Sin servicio", null, "2024-03-05 10:00", "2024-03-04 09:00"],
      2,
      bogota,
    );
    expect(result?.issues).toEqual([
      { row: 2, column: "fecha_solucion", message: "La fecha de solución es anterior a la de apertura" },
    ]);
  });
});

describe("lifecycle", () => {
  it("only a staged import without errors can be committed", () => {
    expect(commitRefusal("staged", 0, null, "America/Bogota")).toBeNull();
    expect(commitRefusal("rejected", 3, null, "America/Bogota")).toContain("3 errores");
    expect(commitRefusal("committed", 0, new Date("2024-03-05T15:30:00Z"), "America/Bogota")).toBe(
      "La importación ya fue confirmada el 05/03/2024 10:30",
    );
    expect(commitRefusal("discarded", 0, null, "America/Bogota")).toContain("descartada");
  });
});
