import { type IndicatorDefinition, indicatorSql } from "../../platform/extensions/indicator.js";

/** Seed 001's indicator, run by the indicator engine: no anuladas × 100 ÷ probables de anulación (> 95 % aceptado). */
export const SERVICE_REQUEST_INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: "servicerequests.annulment_avoidance",
    procedure: "001",
    unit: "percent",
    better: "higher",
    target: { kind: "above", value: 95, catalogKey: "annulment_avoidance" },
    // The areas of seed 001 read it on their own screen (/anulaciones/indicador).
    readers: ["servicerequests:read"],
    dimensions: ["area", "team", "zone"],
    ...indicatorSql(import.meta.url, "annulment-avoidance"),
    rowColumns: [
      { key: "request", kind: "number", label: { es: "Solicitud", en: "Request" } },
      { key: "customer", kind: "text", label: { es: "Cliente", en: "Customer" } },
      { key: "request_type", kind: "text", label: { es: "Tipo", en: "Type" } },
      { key: "area", kind: "text", label: { es: "Área", en: "Area" } },
      { key: "zone", kind: "text", label: { es: "Zona", en: "Zone" } },
      { key: "probable_at", kind: "datetime", label: { es: "Probable de anulación desde", en: "Probable of annulment since" } },
      { key: "status", kind: "text", label: { es: "Estado", en: "Status" } },
    ],
  },
];
