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
    // The request's own enumerations (repo.ts) and the areas and teams of seed 001 that detect a probable annulment.
    codes: {
      request_type: {
        installation: { es: "Instalación", en: "Installation" },
        transfer: { es: "Traslado", en: "Transfer" },
        migration: { es: "Migración", en: "Migration" },
      },
      status: { annulled: { es: "Anulada", en: "Annulled" }, not_annulled: { es: "No anulada", en: "Not annulled" } },
      zone: { none: { es: "Sin zona", en: "No zone" } },
      area: {
        network: { es: "Gestión de Red", en: "Network department" },
        coc: { es: "Centro de Operaciones Comercial", en: "Commercial operations center" },
        technician: { es: "Técnico multiservicios", en: "Field technician" },
        zonal: { es: "Centro de Operaciones Zonal", en: "Zonal operations center" },
        zoning: { es: "Zonificación", en: "Zoning" },
      },
      team: {
        platform_monitors: { es: "Monitoras de plataforma", en: "Platform monitors" },
        sales_team_leader: { es: "Team leader de ventas", en: "Sales team leader" },
        advisor: { es: "Asesor comercial", en: "Sales advisor" },
        network_dept: { es: "Depto. Gestión de Red", en: "Network department" },
        coc: { es: "Centro de Operaciones Comercial", en: "Commercial operations center" },
        zonal: { es: "Centro de Operaciones Zonal", en: "Zonal operations center" },
      },
    },
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
