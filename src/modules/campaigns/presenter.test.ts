import { describe, expect, it } from "vitest";
import type { DispositionCatalog } from "../cancellations/index.js";
import { DEFAULT_CAMPAIGN, dispositionsCatalogKind } from "../cancellations/index.js";
import { readDefaultCatalog } from "../catalogs/index.js";
import { presentCampaign } from "./presenter.js";

const content = readDefaultCatalog(dispositionsCatalogKind, DEFAULT_CAMPAIGN) as DispositionCatalog;
const present = (catalog: DispositionCatalog) =>
  presentCampaign({ kind: "dispositions", scope: DEFAULT_CAMPAIGN, version: 1, content: catalog }, null);
const reasonOf = (catalog: DispositionCatalog, state: string) =>
  present(catalog).states.find((s) => s.code === state)?.unavailableReason;

describe("why a state of the disposition form cannot be chosen", () => {
  it("names a state without motives, and one whose only motive the system sets", () => {
    expect(reasonOf(content, "RETIRO_MIGRACION")).toBe(
      "No tiene motivos en el catálogo; un administrador debe definirlos antes de usarlo",
    );
    expect(reasonOf(content, "NO_CONTESTA_N1")).toBe(
      "Sus motivos los registra el sistema al anotar intentos de contacto sin respuesta",
    );
    expect(reasonOf(content, "RETENIDO")).toBeNull();
  });

  it("a state whose motives are all retired says so, not that the system sets them", () => {
    const retired = structuredClone(content);
    const noProcede = retired.states.find((s) => s.code === "NO_PROCEDE")!;
    for (const motive of noProcede.motives) motive.retired = true;
    expect(reasonOf(retired, "NO_PROCEDE")).toBe(
      "Todos sus motivos están retirados del catálogo; un administrador debe definir uno vigente antes de usarlo",
    );
  });
});
