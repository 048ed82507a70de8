import type { Tx } from "../../platform/db/pool.js";
import type { CatalogKind } from "../catalogs/index.js";
import { duplicateCodes, readCatalog } from "../catalogs/index.js";
import { DialerSettings } from "./catalog-types.js";

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
