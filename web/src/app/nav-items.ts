/** The main navigation: each entry shows only to users holding its permission. */
export interface NavItem {
  path: string;
  labelKey: string;
  permission: string;
  testId: string;
  /** Kept out of the menu of people who only work in the field (the technician's phone). */
  officeOnly?: boolean;
}

/** Roles that work in the field: their menu holds only what they use on the street. */
const FIELD_ROLES = new Set(["technician"]);

export const NAV_ITEMS: NavItem[] = [
  { path: "/retencion", labelKey: "retention.nav", permission: "retention:work", testId: "nav-retention" },
  { path: "/casos", labelKey: "dispositions.myCases", permission: "dispositions:work", testId: "nav-cases" },
  { path: "/salida", labelKey: "outbound.nav", permission: "outbound:work", testId: "nav-outbound" },
  { path: "/dia", labelKey: "supervisorDay.nav", permission: "outbound:supervise", testId: "nav-supervisor-day" },
  { path: "/salida/en-vivo", labelKey: "outbound.navLive", permission: "outbound:supervise", testId: "nav-outbound-live" },
  { path: "/tecnico", labelKey: "workOrders.navTechnician", permission: "workorders:execute", testId: "nav-technician" },
  { path: "/ordenes", labelKey: "workOrders.navBoard", permission: "workorders:print", testId: "nav-work-orders" },
  {
    path: "/supervision-campana",
    labelKey: "dispositions.supervisionTitle",
    permission: "complaints:manage",
    testId: "nav-campaign-supervision",
  },
  { path: "/pqr", labelKey: "pqr.nav", permission: "pqr:work", testId: "nav-pqr" },
  {
    path: "/visitas-escaladas",
    labelKey: "escalatedVisits.nav",
    permission: "outbound:backoffice",
    testId: "nav-escalated-visits",
  },
  {
    path: "/anulaciones",
    labelKey: "serviceRequests.navBoard",
    permission: "servicerequests:work",
    testId: "nav-annulment-board",
  },
  {
    path: "/solicitudes",
    labelKey: "serviceRequests.navRequests",
    permission: "servicerequests:read",
    testId: "nav-service-requests",
  },
  {
    path: "/anulaciones/indicador",
    labelKey: "serviceRequests.navIndicator",
    permission: "servicerequests:read",
    testId: "nav-annulment-indicator",
  },
  { path: "/indicadores", labelKey: "indicatorsDashboard.nav", permission: "reports:read", testId: "nav-indicators" },
  { path: "/calidad", labelKey: "quality.nav", permission: "quality:monitor", testId: "nav-quality" },
  { path: "/mis-monitoreos", labelKey: "quality.mine.nav", permission: "quality:own", testId: "nav-my-monitorings" },
  { path: "/practicas", labelKey: "practices.nav", permission: "practices:read", testId: "nav-practices" },
  { path: "/dimensionamiento", labelKey: "workforce.staffing.nav", permission: "workforce:plan", testId: "nav-staffing" },
  { path: "/seguimientos", labelKey: "followUps.nav", permission: "followups:work", testId: "nav-follow-ups" },
  {
    path: "/indicador-retencion",
    labelKey: "retention.indicator.nav",
    permission: "reports:read",
    testId: "nav-retention-indicator",
  },
  {
    path: "/indicadores-campana",
    labelKey: "dispositions.indicatorsTitle",
    permission: "reports:read",
    testId: "nav-campaign-indicators",
  },
  { path: "/ajustes", labelKey: "adjustments.nav", permission: "adjustments:read", testId: "nav-adjustments" },
  {
    path: "/ajustes/retroalimentacion",
    labelKey: "adjustments.navFeedback",
    permission: "adjustments:coach",
    testId: "nav-adjustments-feedback",
  },
  { path: "/mis-ajustes", labelKey: "adjustments.navMine", permission: "adjustments:own", testId: "nav-my-adjustments" },
  { path: "/clientes", labelKey: "nav.customers", permission: "customers:read", testId: "nav-customers" },
  { path: "/importaciones", labelKey: "nav.imports", permission: "imports:read", testId: "nav-imports" },
  { path: "/usuarios", labelKey: "nav.users", permission: "users:read", testId: "nav-users" },
  { path: "/tokens", labelKey: "nav.tokens", permission: "tokens:own", testId: "nav-tokens", officeOnly: true },
  { path: "/plazos", labelKey: "nav.deadlines", permission: "deadlines:read", testId: "nav-deadlines" },
  { path: "/catalogos", labelKey: "catalogs.title", permission: "catalogs:manage", testId: "nav-catalogs" },
  { path: "/pqr/rango-cun", labelKey: "pqr.range.nav", permission: "pqr:configure", testId: "nav-pqr-cun-range" },
  { path: "/integraciones", labelKey: "integrations.title", permission: "integrations:read", testId: "nav-integrations" },
  {
    path: "/catalogos/tipificaciones",
    labelKey: "dispositions.catalogTitle",
    permission: "catalogs:manage",
    testId: "nav-disposition-catalog",
  },
];

export function allowedNavItems(permissions: string[], roles: string[] = []): NavItem[] {
  const fieldOnly = roles.length > 0 && roles.every((role) => FIELD_ROLES.has(role));
  return NAV_ITEMS.filter((item) => permissions.includes(item.permission) && !(fieldOnly && item.officeOnly));
}

/**
 * Where each role's day starts: the supervisor on the campaign board, the technician on today's orders,
 * back office on the imports, management on the indicators. The first of the user's roles in this order
 * wins; a role not listed (or a page the user may not open) falls back to the first section allowed.
 */
export const ROLE_LANDING: ReadonlyArray<{ role: string; path: string }> = [
  { role: "admin", path: "/usuarios" },
  { role: "supervisor", path: "/supervision-campana" },
  { role: "commercial_management", path: "/indicador-retencion" },
  { role: "back_office", path: "/importaciones" },
  { role: "technician", path: "/tecnico" },
  { role: "commercial_ops_center", path: "/ordenes" },
  { role: "zonal_ops_center", path: "/ordenes" },
  { role: "quality_team", path: "/seguimientos" },
  { role: "incident_followup", path: "/seguimientos" },
  { role: "advisor", path: "/retencion" },
];

export function landingPath(roles: string[], permissions: string[]): string | null {
  const allowed = allowedNavItems(permissions, roles);
  for (const landing of ROLE_LANDING) {
    if (roles.includes(landing.role) && allowed.some((item) => item.path === landing.path)) return landing.path;
  }
  return allowed[0]?.path ?? null;
}
