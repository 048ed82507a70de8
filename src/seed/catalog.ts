/**
 * What a Colombian home-and-business telecom sells and what its customers complain about: the
 * vocabulary of the demo generator. Prices are monthly, in COP, VAT included.
 */

export type Tier = "standard" | "premium" | "business" | "corporate" | "vip";
export type ProductKind = "internet" | "tv" | "fixed_voice" | "mobile";
export type Technology = "hfc" | "ftth" | "copper" | "gpon" | "lte" | "dth";

export const TIER_WEIGHTS: Array<{ value: Tier; weight: number }> = [
  { value: "standard", weight: 70 },
  { value: "premium", weight: 15 },
  { value: "business", weight: 8 },
  { value: "corporate", weight: 4 },
  { value: "vip", weight: 3 },
];

/** Companies (NIT instead of cédula, a company name) are the business and corporate tiers. */
export const COMPANY_TIERS: ReadonlySet<Tier> = new Set(["business", "corporate"]);

/** How likely a customer of each tier is to hold each product kind (a customer holds at least one). */
export const KIND_SHARE: Record<Tier, Record<ProductKind, number>> = {
  standard: { internet: 0.85, tv: 0.42, fixed_voice: 0.25, mobile: 0.35 },
  premium: { internet: 0.92, tv: 0.65, fixed_voice: 0.35, mobile: 0.55 },
  business: { internet: 0.95, tv: 0.15, fixed_voice: 0.7, mobile: 0.6 },
  corporate: { internet: 0.98, tv: 0.1, fixed_voice: 0.8, mobile: 0.75 },
  vip: { internet: 0.97, tv: 0.8, fixed_voice: 0.45, mobile: 0.7 },
};

/** The access network of a home's internet line; TV and fixed voice ride on the same one. */
export const INTERNET_TECHNOLOGY: Array<{ value: Technology; weight: number }> = [
  { value: "hfc", weight: 40 },
  { value: "ftth", weight: 28 },
  { value: "gpon", weight: 17 },
  { value: "copper", weight: 15 },
];

export interface Plan {
  name: string;
  monthlyFee: number;
}

const INTERNET_PLANS: Record<"copper" | "hfc" | "ftth" | "gpon", Plan[]> = {
  copper: [
    { name: "Internet Cobre 10 Mbps", monthlyFee: 69_900 },
    { name: "Internet Cobre 20 Mbps", monthlyFee: 84_900 },
  ],
  hfc: [
    { name: "Internet HFC 100 Mbps", monthlyFee: 79_900 },
    { name: "Internet HFC 200 Mbps", monthlyFee: 94_900 },
    { name: "Internet HFC 300 Mbps", monthlyFee: 109_900 },
  ],
  ftth: [
    { name: "Fibra Óptica 300 Mbps", monthlyFee: 89_900 },
    { name: "Fibra Óptica 500 Mbps", monthlyFee: 114_900 },
    { name: "Fibra Óptica 900 Mbps", monthlyFee: 149_900 },
  ],
  gpon: [
    { name: "Fibra GPON 500 Mbps", monthlyFee: 114_900 },
    { name: "Fibra GPON 1 Gbps", monthlyFee: 169_900 },
  ],
};

const BUSINESS_INTERNET_PLANS: Plan[] = [
  { name: "Internet Empresarial 200 Mbps + IP fija", monthlyFee: 219_900 },
  { name: "Internet Empresarial 500 Mbps + IP fija", monthlyFee: 329_900 },
  { name: "Canal Dedicado 1 Gbps", monthlyFee: 1_249_900 },
];

const TV_PLANS: Plan[] = [
  { name: "TV Básica 80 canales", monthlyFee: 42_900 },
  { name: "TV Avanzada HD 150 canales", monthlyFee: 64_900 },
  { name: "TV Premium HD + HBO Max", monthlyFee: 99_900 },
];

const FIXED_VOICE_PLANS: Plan[] = [
  { name: "Telefonía Fija 300 minutos", monthlyFee: 18_900 },
  { name: "Telefonía Local Ilimitada", monthlyFee: 24_900 },
  { name: "Telefonía Nacional Ilimitada", monthlyFee: 34_900 },
];

const BUSINESS_VOICE_PLANS: Plan[] = [
  { name: "Troncal SIP 4 canales", monthlyFee: 129_900 },
  { name: "PBX Virtual 10 extensiones", monthlyFee: 189_900 },
];

const MOBILE_PLANS: Plan[] = [
  { name: "Móvil 15 GB", monthlyFee: 39_900 },
  { name: "Móvil 40 GB", monthlyFee: 55_900 },
  { name: "Móvil Datos Ilimitados", monthlyFee: 89_900 },
];

const BUSINESS_MOBILE_PLANS: Plan[] = [
  { name: "Móvil Empresas 5 líneas 30 GB", monthlyFee: 249_900 },
  { name: "Móvil Empresas 10 líneas Ilimitado", monthlyFee: 599_900 },
];

/** The plans a person or a company may hold for a product of `kind` on `technology`. */
export function plansFor(kind: ProductKind, technology: Technology, isCompany: boolean): Plan[] {
  switch (kind) {
    case "internet":
      return isCompany ? BUSINESS_INTERNET_PLANS : INTERNET_PLANS[technology as keyof typeof INTERNET_PLANS];
    case "tv":
      return TV_PLANS;
    case "fixed_voice":
      return isCompany ? BUSINESS_VOICE_PLANS : FIXED_VOICE_PLANS;
    case "mobile":
      return isCompany ? BUSINESS_MOBILE_PLANS : MOBILE_PLANS;
  }
}

/** Damage claim categories per product kind, as advisors type them. */
export const CLAIM_CATEGORIES: Record<ProductKind, string[]> = {
  internet: ["Sin servicio", "Intermitencia", "Lentitud", "Cortes frecuentes", "Baja cobertura Wi-Fi"],
  tv: ["Sin señal de TV", "Imagen pixelada", "Canales faltantes", "Decodificador no enciende"],
  fixed_voice: ["Ruido en la línea", "Sin tono", "No recibe llamadas", "Llamadas se cortan"],
  mobile: ["Sin señal", "Datos móviles lentos", "No puede realizar llamadas", "Mensajes no llegan"],
};

/** Claim notes; {category} and {days} are filled in. */
export const CLAIM_NOTES = [
  "Cliente reporta {category} desde hace {days} días. Se reinician equipos sin mejora.",
  "{category}: el titular indica que afecta su trabajo en casa. Soporte de primer nivel no logra solución remota.",
  "Se valida {category} en diagnóstico remoto; se escala a soporte de red.",
  "Reporte de {category} en horas de la noche; cliente solicita visita técnica.",
  "{category} persistente; cliente manifiesta inconformidad con el servicio.",
];

/** Notes of the later claims of a repeated damage: the customer is losing patience. */
export const REPEATED_DAMAGE_NOTES = [
  "Reincidencia: {category}. Cliente molesto, menciona que está evaluando cancelar el servicio.",
  "Cliente llama nuevamente por {category}; el reclamo anterior sigue sin solución.",
  "Tercer contacto por {category} en el mes. Solicita compensación en la factura.",
];
