import { describe, expect, it } from "vitest";
import { parseCustomerCount } from "./cli.js";
import { demoPerson } from "./demo-users.js";
import { copyField } from "./repo.js";

describe("COPY text fields", () => {
  it("escapes what the format reserves and writes null as \\N", () => {
    expect(copyField(null)).toBe("\\N");
    expect(copyField("Calle 45 # 12-34")).toBe("Calle 45 # 12-34");
    expect(copyField("a\tb\nc\\d\re")).toBe("a\\tb\\nc\\\\d\\re");
    expect(copyField(true)).toBe("true");
    expect(copyField(129_900)).toBe("129900");
    expect(copyField(new Date("2025-06-15T15:00:00Z"))).toBe("2025-06-15T15:00:00.000Z");
    expect(copyField('{"fullName":"José \\"Pepe\\""}')).toBe('{"fullName":"José \\\\"Pepe\\\\""}');
  });
});

describe("seed scale <N>", () => {
  it("reads digits, optionally grouped with _", () => {
    expect(parseCustomerCount("1000000")).toBe(1_000_000);
    expect(parseCustomerCount("1_000_000")).toBe(1_000_000);
  });

  it("refuses anything else with a Spanish message", () => {
    for (const raw of ["-5", "1e6", "mil", "", "1.000"]) {
      expect(() => parseCustomerCount(raw)).toThrow(/entero positivo/);
    }
  });
});

describe("demo users", () => {
  it("have memorable emails, and a role added to the catalog later still gets one", () => {
    expect(demoPerson("advisor", "Asesor").email).toBe("asesor@demo.fideliza.co");
    expect(demoPerson("technician", "Técnico").email).toBe("tecnico@demo.fideliza.co");
    expect(demoPerson("field_auditor", "Auditor de campo")).toEqual({
      email: "field-auditor@demo.fideliza.co",
      fullName: "Auditor de campo",
    });
  });
});
