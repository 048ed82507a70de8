import type { CatalogKind } from "../catalogs/index.js";
import { ContactPolicy } from "./catalog-types.js";
import { validatePolicy } from "./rules.js";

export const CONTACT_POLICY_KIND = "contact_policy";
/** The presets seeded for every tenant; a campaign names one (its policy_scope). */
export const POLICY_PRESETS = ["co", "ec", "bo"] as const;

/** The contact-policy presets: contact windows, frequency, channels, suppression lists, attempt limits, legal basis. */
export const contactPolicyKind: CatalogKind<ContactPolicy> = {
  code: CONTACT_POLICY_KIND,
  nameEs: "Política de contacto",
  descriptionEs:
    "Horarios permitidos por día, festivos, contactos por día y canales por semana, canales autorizados, referencias, listas de exclusión (RNE, no contactar), límites de intentos, bloqueo tras llamada abandonada y la base legal elegida.",
  schema: ContactPolicy,
  defaultScopes: [...POLICY_PRESETS],
  validate: validatePolicy,
};
