/** What indicatorText needs of a definition (`GET /api/indicators`): its codes' words, by column or dimension key. */
interface DefinitionCodes {
  codes: Record<string, Record<string, { es: string; en: string }>>;
}

/**
 * The words for `value` of drill-down column or dimension `key`, from the definition's `codes` (the server
 * names the codes its SQL gives, in both languages, for the screens, the .xlsx and the CLI alike); other
 * values — names from data — unchanged. A key «campaign/code» is looked up by its part after the slash.
 */
export function indicatorText(definition: DefinitionCodes, language: string, key: string, value: string): string {
  const codes = definition.codes[key];
  if (!codes) return value;
  const words = codes[value] ?? codes[value.slice(value.lastIndexOf("/") + 1)];
  return words ? (language === "en" ? words.en : words.es) : value;
}
