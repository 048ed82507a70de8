import type { Tx } from "../../platform/db/pool.js";
import type { CatalogKind } from "../catalogs/index.js";
import { duplicateCodes, readCatalog } from "../catalogs/index.js";
import { DialerSettings, SupportGuides } from "./catalog-types.js";

export const DIALER_SETTINGS_KIND = "dialer_settings";

export const dialerSettingsKind: CatalogKind<DialerSettings> = {
  code: DIALER_SETTINGS_KIND,
  nameEs: "Marcador: ritmo, abandonos y pausas",
  descriptionEs:
    "Ritmo del marcador predictivo (nivel máximo, abandono objetivo, método), segundos para considerar una llamada abandonada, mensaje en abandono, reintentos por resultado, intentos por registro y motivos de pausa con su límite.",
  schema: DialerSettings,
  defaultScopes: ["default"],
  validate: (content) =>
    duplicateCodes(content.pauseReasons, (r) => r.code).map((code) => ({
      path: "pauseReasons",
      message: `El código ${code} está repetido`,
    })),
};

export async function readDialerSettings(tx: Tx): Promise<DialerSettings> {
  return (await readCatalog<DialerSettings>(tx, DIALER_SETTINGS_KIND, "default")).content;
}

export const SUPPORT_GUIDES_KIND = "support_guides";

export const supportGuidesKind: CatalogKind<SupportGuides> = {
  code: SUPPORT_GUIDES_KIND,
  nameEs: "Soporte guiado",
  descriptionEs:
    "Las verificaciones guiadas del asesor (falla puntual, falla masiva, voz y datos), las respuestas posibles y la ruta de escalamiento a la que lleva cada hallazgo.",
  schema: SupportGuides,
  defaultScopes: ["default"],
  validate(content) {
    const known = new Set(content.escalations.map((e) => e.code));
    const issues = duplicateCodes(content.guides, (g) => g.code).map((code) => ({
      path: "guides",
      message: `El código ${code} está repetido`,
    }));
    content.guides.forEach((guide, g) => {
      guide.steps.forEach((step, s) => {
        for (const [answer, route] of Object.entries(step.escalateOn ?? {})) {
          if (!step.options.includes(answer))
            issues.push({ path: `guides.${g}.steps.${s}.escalateOn`, message: `«${answer}» no es una respuesta del paso` });
          if (!known.has(route))
            issues.push({ path: `guides.${g}.steps.${s}.escalateOn`, message: `La ruta de escalamiento «${route}» no existe` });
        }
      });
    });
    return issues;
  },
};

export async function readSupportGuides(tx: Tx): Promise<SupportGuides> {
  return (await readCatalog<SupportGuides>(tx, SUPPORT_GUIDES_KIND, "default")).content;
}
