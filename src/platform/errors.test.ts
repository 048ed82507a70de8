import { describe, expect, it } from "vitest";
import { AppError, fromDatabaseError, registerConstraintErrors, violatedKey } from "./errors.js";

describe("database refusals mapped by constraint", () => {
  registerConstraintErrors({
    test_things_code_key: { code: "DUPLICATE", field: "code", detail: (key) => `Ya existe la cosa ${key.code ?? "indicada"}` },
    test_things_size_check: { code: "VALIDATION_FAILED", field: "size", detail: "El tamaño no es válido" },
  });

  it("reads the key PostgreSQL reports, and nothing when row-level security hides it", () => {
    expect(violatedKey("Key (tenant_id, code)=(t-1, C-1) already exists.")).toEqual({ tenant_id: "t-1", code: "C-1" });
    expect(violatedKey('Key (tenant_id, name)=(t-1, Pérez, Ana) is not present in table "people".')).toEqual({
      tenant_id: "t-1",
      name: "Pérez, Ana",
    });
    expect(violatedKey("Key (lower(email::text))=(ana@acme.test) already exists.")).toEqual({
      "lower(email::text)": "ana@acme.test",
    });
    expect(violatedKey('Key is not present in table "tenants".')).toEqual({});
    expect(violatedKey(undefined)).toEqual({});
  });

  it("answers with the registered meaning, with or without the key", () => {
    const withKey = fromDatabaseError({
      code: "23505",
      constraint: "test_things_code_key",
      detail: "Key (tenant_id, code)=(t-1, C-1) already exists.",
    });
    expect(withKey).toBeInstanceOf(AppError);
    expect(withKey).toMatchObject({
      code: "DUPLICATE",
      status: 409,
      message: "Ya existe la cosa C-1",
      details: { field: "code" },
    });
    expect(fromDatabaseError({ code: "23505", constraint: "test_things_code_key" })?.message).toBe("Ya existe la cosa indicada");
    expect(fromDatabaseError({ code: "23514", constraint: "test_things_size_check" })).toMatchObject({
      code: "VALIDATION_FAILED",
      details: { detail: "El tamaño no es válido", field: "size" },
    });
  });

  it("falls back on the SQLSTATE for a constraint nobody registered, and leaves other errors alone", () => {
    expect(fromDatabaseError({ code: "23505", constraint: "other_key", detail: "Key (x)=(1) already exists." })).toMatchObject({
      code: "DUPLICATE",
      details: { detail: "Key (x)=(1) already exists.", constraint: "other_key" },
    });
    expect(fromDatabaseError({ code: "40001" })?.code).toBe("CONFLICT");
    expect(fromDatabaseError(new Error("boom"))).toBeUndefined();
    expect(fromDatabaseError(null)).toBeUndefined();
  });

  it("refuses a second, different meaning for the same constraint", () => {
    expect(() => registerConstraintErrors({ test_things_code_key: { code: "CONFLICT", detail: "otro" } })).toThrow(
      /test_things_code_key/,
    );
  });
});
