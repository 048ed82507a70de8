import { normalizeLabel } from "../imports/index.js";

/**
 * The Spanish words of the campaign catalog workbook (.xlsx): each coded value of the JSON document
 * with the word an admin writes in a cell. Reading accepts either the word or the code.
 */

export const WORDS = {
  stateType: { intermediate: "intermedio", final: "final" },
  outcome: { retained: "retenido", lost: "perdido", not_applicable: "no_aplica", unreached: "no_contactado" },
  unit: {
    business_days: "dias_habiles",
    business_hours: "horas_habiles",
    hours: "horas",
    calendar_days: "dias_calendario",
    same_business_day: "mismo_dia_habil",
  },
  fieldType: {
    text: "texto",
    phone: "telefono",
    number: "numero",
    date: "fecha",
    callback: "nueva_llamada",
    choice: "seleccion",
    benefit: "beneficio",
  },
  benefitKind: { discount: "descuento", suspension: "suspension" },
  benefitCost: { with: "con_costo", without: "sin_costo" },
  firstMonth: { next_cycle: "ciclo_siguiente", current_cycle: "ciclo_actual" },
} as const;

export type WordList = keyof typeof WORDS;

/** The word for a code. */
export function wordOf<L extends WordList>(list: L, code: keyof (typeof WORDS)[L]): string {
  return WORDS[list][code] as string;
}

/** The code for a word (or the code itself), accents and case aside; undefined when unknown. */
export function codeOf(list: WordList, text: string): string | undefined {
  const key = normalizeLabel(text);
  for (const [code, word] of Object.entries(WORDS[list])) {
    if (key === word || key === normalizeLabel(code)) return code;
  }
  return undefined;
}

/** The words a cell of this list accepts, for an error message. */
export function wordsOf(list: WordList): string {
  return Object.values(WORDS[list]).join(", ");
}

export const SHEETS = {
  campaign: "campaña",
  queues: "colas",
  states: "estados",
  motives: "motivos",
  fields: "campos",
  benefits: "beneficios",
} as const;

export const HEADERS = {
  queues: ["codigo", "etiqueta"],
  states: ["codigo", "etiqueta", "tipo", "resultado", "cola", "retirado"],
  motives: [
    "estado",
    "codigo",
    "etiqueta",
    "grupo",
    "accion_cierre",
    "plazo_cantidad",
    "plazo_unidad",
    "plantilla",
    "largo_maximo",
    "retirado",
  ],
  fields: [
    "estado",
    "motivo",
    "codigo",
    "etiqueta",
    "tipo",
    "obligatorio",
    "ayuda",
    "largo_maximo",
    "minimo",
    "maximo",
    "opciones",
    "tipo_beneficio",
    "costo_beneficio",
    "despues_de",
  ],
  benefits: [
    "codigo",
    "etiqueta",
    "tipo",
    "porcentaje",
    "meses",
    "duracion_meses",
    "costo",
    "moneda",
    "mas_impuestos",
    "retirado",
  ],
} as const;

/** The campaign sheet: one setting per row (key, value). */
export const SETTINGS = [
  "nombre",
  "descripcion",
  "empresa_observacion",
  "largo_maximo_observacion",
  "max_intentos_sin_respuesta",
  "reintento_cantidad",
  "reintento_unidad",
  "sin_respuesta_estado",
  "sin_respuesta_motivo",
  "derivacion_estado",
  "derivacion_motivo",
  "minutos_devolucion_llamada",
  "ambito_beneficios",
  "primer_mes_beneficio",
  "version_tipificaciones",
  "version_beneficios",
] as const;

/** Several values in one cell: «uno | dos». */
export const LIST_SEPARATOR = " | ";
