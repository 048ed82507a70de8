/**
 * Note templates: `{placeholder}` texts filled with a case's data, the advisor's user and the motive's
 * fields. Pure: no I/O, no clock.
 */

/** Placeholders every template may use, filled from the case and the advisor (docs/catalogs.md). */
export const CASE_PLACEHOLDERS = {
  empresa: "la empresa del centro de contacto (ajuste de la campaña)",
  usuario: "el usuario del asesor",
  cliente: "el nombre completo del cliente",
  telefono: "el teléfono de contacto",
  numero_servicio: "el número de servicio",
  queja: "el número de queja",
  motivo: "la etiqueta del motivo, sin prefijo CLT-/TEC-/COM-",
  intento: "el ordinal del intento de contacto (1er, 2do, 3er…)",
} as const;

export type CasePlaceholder = keyof typeof CASE_PLACEHOLDERS;

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The placeholder names a template uses, in order of appearance (repeated ones once). */
export function templatePlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/** Whether a template's braces are balanced: every `{` closes before the next opens. */
export function hasBalancedBraces(template: string): boolean {
  let open = false;
  for (const char of template) {
    if (char === "{") {
      if (open) return false;
      open = true;
    } else if (char === "}") {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

/**
 * Fills a template. An empty value (an optional field left blank) leaves no empty `////` segment or
 * double space behind; the result is trimmed.
 */
export function renderNote(template: string, values: Readonly<Record<string, string>>): string {
  const filled = template.replace(PLACEHOLDER, (_match, name: string) => values[name] ?? "");
  return filled
    .replace(/[ \t]+/g, " ")
    .replace(/\/\/(\s*\/\/)+/g, "//")
    .replace(/\s+\/\//g, "//")
    .replace(/\/\/\s+/g, "//")
    .replace(/^\/\/|\/\/$/g, "")
    .trim();
}

const ORDINAL_SUFFIX: Record<number, string> = {
  1: "er",
  2: "do",
  3: "er",
  4: "to",
  5: "to",
  6: "to",
  7: "mo",
  8: "vo",
  9: "no",
  10: "mo",
};

/** The seed's short ordinals: 1er, 2do, 3er, 4to … 10mo; then 11.º, 12.º … */
export function ordinal(n: number): string {
  const suffix = ORDINAL_SUFFIX[n];
  return suffix ? `${n}${suffix}` : `${n}.º`;
}

/** A motive label as it reads inside a note: without its CLT-/TEC-/COM- prefix, in lower case. */
export function motiveInNote(label: string): string {
  return label
    .replace(/^[A-Z]{2,4}-\s*/, "")
    .trim()
    .toLocaleLowerCase("es");
}

/** The advisor's user as notes show it: the part of the e-mail before the @. */
export function advisorUser(email: string): string {
  return email.split("@")[0] ?? email;
}
