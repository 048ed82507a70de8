import "../../src/app/modules.js";
import { describe, expect, it } from "vitest";
import { findRegisteredImportKind } from "../../src/modules/imports/registered-kinds.js";

describe("naming an import kind", () => {
  it("finds every kind by its code or a Spanish alias, with or without accents or capitals", () => {
    const codeOf = (name: string) => findRegisteredImportKind(name)?.code;
    expect(["customers", "clientes", "Clientes"].map(codeOf)).toEqual(["customers", "customers", "customers"]);
    expect(["productos", "servicios"].map(codeOf)).toEqual(["products", "products"]);
    expect(["reclamos", "claims"].map(codeOf)).toEqual(["claims", "claims"]);
    expect(["facturación", "FACTURACION", "billing"].map(codeOf)).toEqual(["billing", "billing", "billing"]);
    expect(["quejas", "cola", "complaints"].map(codeOf)).toEqual(["complaints", "complaints", "complaints"]);
    expect(codeOf("clientela")).toBeUndefined();
  });
});
