import { describe, expect, it } from "vitest";
import { type IndicatorDefinition, indicatorCodeText } from "../../platform/extensions/indicator.js";
import { rowInWords, seriesLabel, targetWords } from "./presenter.js";

// A definition whose SQL gives codes (an outcome, «no team», the system's decisions) and names (an advisor).
const DEFINITION: IndicatorDefinition = {
  code: "retention.retention_rate",
  procedure: "000",
  unit: "percent",
  better: "higher",
  target: { kind: "none" },
  dimensions: ["team", "campaign_advisor"],
  valuesSql: "",
  rowsSql: "",
  rowColumns: [
    { key: "team", kind: "text", label: { es: "Equipo", en: "Team" } },
    { key: "outcome", kind: "text", label: { es: "Resultado", en: "Outcome" } },
    { key: "attempts", kind: "number", label: { es: "Intentos", en: "Attempts" } },
  ],
  codes: {
    team: { none: { es: "Sin equipo", en: "No team" } },
    outcome: { retained: { es: "Retenido", en: "Retained" } },
    campaign_advisor: { system: { es: "Sistema", en: "System" } },
  },
};

describe("indicator codes in words", () => {
  it("names a declared code in each language and leaves names from data alone", () => {
    expect(indicatorCodeText(DEFINITION, "team", "none", "es")).toBe("Sin equipo");
    expect(indicatorCodeText(DEFINITION, "team", "none", "en")).toBe("No team");
    expect(indicatorCodeText(DEFINITION, "team", "Equipo Norte", "en")).toBeNull();
    expect(indicatorCodeText(DEFINITION, "zone", "none", "en")).toBeNull();
    // Not a prototype's property: «constructor» is no code.
    expect(indicatorCodeText(DEFINITION, "team", "constructor", "es")).toBeNull();
  });

  it("reads a key within one campaign («campaign/code») by its code", () => {
    expect(indicatorCodeText(DEFINITION, "campaign_advisor", "internet-retention/system", "en")).toBe("System");
  });

  it("a breakdown keeps the SQL's label (data) and names a code only without one", () => {
    expect(seriesLabel(DEFINITION, "team", { key: "none", label: null }, "en")).toBe("No team");
    expect(seriesLabel(DEFINITION, "team", { key: "norte", label: "Equipo Norte" }, "en")).toBe("Equipo Norte");
    expect(seriesLabel(DEFINITION, "team", { key: "unknown", label: null }, "es")).toBe("unknown");
  });

  it("a workbook's row names the text columns' codes; numbers and weights are untouched", () => {
    const row = { team: "none", outcome: "retained", attempts: 2, numerator_weight: 1, denominator_weight: 1 };
    expect(rowInWords(DEFINITION, row, "en")).toEqual({ ...row, team: "No team", outcome: "Retained" });
    expect(rowInWords(DEFINITION, row, "es")).toEqual({ ...row, team: "Sin equipo", outcome: "Retenido" });
  });

  it("says the target in the reader's language", () => {
    expect(targetWords({ kind: "above", value: 95 }, "percent", "es")).toBe("Meta: más de 95 %");
    expect(targetWords({ kind: "above", value: 95 }, "percent", "en")).toBe("Target: more than 95 %");
    expect(targetWords({ kind: "none" }, "percent", "en")).toBe("The procedure sets no target");
  });
});
