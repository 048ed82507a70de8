import { describe, expect, it } from "vitest";
import { MODULES } from "../../src/app/modules.js";
import { presentDefinition } from "../../src/modules/indicators/presenter.js";
import { indicatorText } from "../../web/src/features/indicators/components/indicator-labels.js";

// The web names the codes the indicator SQL gives from the definition the API serves (presentDefinition), so an
// English reader sees English and the Spanish words live in one place.
const definition = (code: string) => {
  const found = MODULES.flatMap((m) => m.indicators ?? []).find((d) => d.code === code);
  if (!found) throw new Error(code);
  return presentDefinition(found);
};

describe("indicatorText on the web", () => {
  it("names an outcome, «no team» and a compliance in the reader's language", () => {
    const rate = definition("retention.retention_rate");
    expect([indicatorText(rate, "es", "outcome", "retained"), indicatorText(rate, "en", "outcome", "retained")]).toEqual([
      "Retenido",
      "Retained",
    ]);
    expect(indicatorText(rate, "en", "team", "none")).toBe("No team");
    const compliance = definition("campaigns.closing_compliance");
    expect(indicatorText(compliance, "en", "compliance", "on_time")).toBe("On time");
    expect(indicatorText(compliance, "es", "campaign_advisor", "internet-retention/system")).toBe("Sistema");
  });

  it("leaves names from data as they are", () => {
    expect(indicatorText(definition("retention.retention_rate"), "en", "team", "Equipo Norte")).toBe("Equipo Norte");
    expect(indicatorText(definition("surveys.nps"), "en", "advisor", "Laura Quintero")).toBe("Laura Quintero");
  });
});
