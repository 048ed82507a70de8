import type { CatalogIssue, CatalogKind } from "../catalogs/index.js";
import { PQR_CLOCKS_KIND, PqrClocks } from "./catalog-types.js";

/** The legal clocks of PQRs per country (CO, EC, BO): answer, at-risk alert, silence, appeal window, evidence. */
export const pqrClocksKind: CatalogKind<PqrClocks> = {
  code: PQR_CLOCKS_KIND,
  nameEs: "Plazos legales de PQR",
  descriptionEs:
    "Por país: días hábiles para responder, aviso de riesgo, horas para conceder lo pedido tras el silencio administrativo positivo, plazo del recurso, autoridad de la apelación y archivos de soporte aceptados, con su fundamento legal.",
  schema: PqrClocks,
  defaultScopes: ["co", "ec", "bo"],
  validate(content) {
    const issues: CatalogIssue[] = [];
    if (content.atRiskBusinessDaysBefore >= content.answerBusinessDays) {
      issues.push({
        path: "atRiskBusinessDaysBefore",
        message: "El aviso de riesgo debe llegar antes del plazo: use menos días que los de respuesta",
      });
    }
    if (!content.businessWeekdays.some((day) => day <= 5)) {
      issues.push({ path: "businessWeekdays", message: "Los días hábiles deben incluir al menos un día entre lunes y viernes" });
    }
    return issues;
  },
};

export const PQR_CATALOG_KINDS = [pqrClocksKind] as const;
