import { type Static, Type } from "@sinclair/typebox";
import type { Tx } from "../../platform/db/pool.js";
import { literals } from "../../platform/http/schemas.js";
import { type CatalogKind, readCatalog } from "../catalogs/index.js";
import type { ServiceRequestSettings } from "./rules.js";

export const SETTINGS_KIND = "service_request_settings";

const Rule = (units: readonly string[]) =>
  Type.Object(
    { amount: Type.Number({ minimum: 0 }), unit: literals(units as readonly [string, ...string[]]) },
    { additionalProperties: false },
  );

const Settings = Type.Object(
  {
    ticketDeadline: Rule(["same_business_day", "business_hours", "hours"]),
    reentryWindow: Rule(["hours", "business_hours"]),
    atRiskRatio: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }),
    activities: Type.Object(
      {
        installation: Type.String({ minLength: 1 }),
        transfer: Type.String({ minLength: 1 }),
        migration: Type.String({ minLength: 1 }),
      },
      { additionalProperties: false },
    ),
    basis: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);
type Settings = Static<typeof Settings>;

/** Seed 001's figures: the tickets' same-day deadline, the 2-hour re-entry window, with their basis. */
export const serviceRequestSettingsKind: CatalogKind<Settings> = {
  code: SETTINGS_KIND,
  nameEs: "Parámetros para evitar anulaciones",
  descriptionEs:
    "Plazo de los servicios de ingeniería (en el día), ventana de re-digitación (2 horas), y actividad de la orden de cada tipo de solicitud, con su fuente.",
  schema: Settings,
  defaultScopes: ["default"],
  validate(content) {
    return content.ticketDeadline.unit === "same_business_day" && content.ticketDeadline.amount !== 0
      ? [{ path: "ticketDeadline.amount", message: "Un plazo «en el día» no lleva cantidad (use 0)" }]
      : [];
  },
};

/** The tenant's current settings of seed 001. */
export async function readServiceRequestSettings(tx: Tx): Promise<ServiceRequestSettings> {
  return (await readCatalog<ServiceRequestSettings>(tx, SETTINGS_KIND, "default")).content;
}
