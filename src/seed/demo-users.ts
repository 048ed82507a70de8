/** The demo operator's people: one user per role, with emails one can remember and type. */

export const DEMO_TENANT = { slug: "demo", name: "Operador Demo", country: "CO" } as const;
export const DEMO_PASSWORD = "fideliza-demo";
export const DEMO_EMAIL_DOMAIN = "demo.fideliza.co";
export const DEMO_CUSTOMERS = 1_000;
/** Cancellation requests in the demo's Internet retention queue (seed 003), at most one per Internet service. */
export const DEMO_CANCELLATION_REQUESTS = 300;

/** More advisors of the retention team, so the campaign's queue and indicators have several. */
export const DEMO_CAMPAIGN_ADVISORS: Array<{ email: string; fullName: string }> = [
  { email: "laura.quintero@demo.fideliza.co", fullName: "Laura Marcela Quintero" },
  { email: "miguel.cardenas@demo.fideliza.co", fullName: "Miguel Ángel Cárdenas" },
];

/** Role code → email local part and the person's name. A role missing here gets its code as the email. */
export const DEMO_PEOPLE: Record<string, { login: string; fullName: string }> = {
  admin: { login: "admin", fullName: "Carolina Restrepo" },
  advisor: { login: "asesor", fullName: "Andrés Felipe Gómez" },
  supervisor: { login: "supervisor", fullName: "Paola Andrea Rodríguez" },
  technician: { login: "tecnico", fullName: "Jhon Fredy Ramírez" },
  network_dept: { login: "red", fullName: "Diego Castaño" },
  commercial_ops_center: { login: "coc", fullName: "Natalia Ospina" },
  zonal_ops_center: { login: "coz", fullName: "Julián Cardona" },
  back_office: { login: "backoffice", fullName: "Sandra Milena Torres" },
  adjustments_back: { login: "ajustes", fullName: "Luisa Fernanda Mejía" },
  pqr_area: { login: "pqr", fullName: "Camilo Herrera" },
  billing: { login: "facturacion", fullName: "Adriana Londoño" },
  quality_team: { login: "calidad", fullName: "Mónica Vargas" },
  incident_followup: { login: "seguimiento", fullName: "Lina Marcela Duarte" },
  commercial_management: { login: "gerencia", fullName: "Ricardo Sarmiento" },
};

/** Teams of the demo operator and the roles whose users belong to each. */
export const DEMO_TEAMS: Array<{ name: string; roles: string[] }> = [
  { name: "Retención Bogotá", roles: ["advisor", "supervisor", "quality_team"] },
  { name: "Back office y ajustes", roles: ["back_office", "adjustments_back", "pqr_area", "billing"] },
  { name: "Operaciones técnicas", roles: ["technician", "network_dept", "commercial_ops_center", "zonal_ops_center"] },
  { name: "Seguimiento de incidentes", roles: ["incident_followup"] },
];

export function demoPerson(roleCode: string, roleName: string): { email: string; fullName: string } {
  const person = DEMO_PEOPLE[roleCode];
  const login = person?.login ?? roleCode.replaceAll("_", "-");
  return { email: `${login}@${DEMO_EMAIL_DOMAIN}`, fullName: person?.fullName ?? roleName };
}
