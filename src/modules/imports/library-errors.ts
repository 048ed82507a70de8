/**
 * What the zip, XML and CSV libraries say when a file is damaged, said in Spanish for the person who
 * uploaded it. Their own (English) sentences never reach a message: an unknown one falls back to a
 * general Spanish reason, and the original goes to the server log only.
 */

const ZIP_REASONS: Array<[RegExp, string]> = [
  [
    /end of central directory record signature not found|central directory|eocdr|zip64/i,
    "falta su índice interno, que va al final del archivo: parece cortado o incompleto (¿se interrumpió la descarga o la copia?)",
  ],
  [
    /invalid (local file header|central directory file header) signature|invalid signature/i,
    "su estructura interna está dañada: parece cortado o modificado",
  ],
  [/crc32 mismatch|crc/i, "una de sus partes está dañada (la suma de control no coincide)"],
  [
    /unexpected end|eof|premature|truncated|not enough|out of range|offset/i,
    "se termina antes de tiempo: parece cortado o incompleto",
  ],
  [/encrypt/i, "está cifrado con contraseña; guárdelo sin contraseña"],
  [/compression method|unsupported/i, "usa una compresión que Excel no produce; vuelva a guardarlo desde Excel"],
  [
    /invalid (stored block|code|distance|block type|literal)|incorrect header check|invalid.*(length|lengths)|too many length/i,
    "una de sus partes está dañada (los datos comprimidos no se pueden descomprimir)",
  ],
  [/file ?name|absolute path|relative path|invalid characters/i, "contiene partes con nombres no válidos"],
];

/** The Spanish reason for a zip (yauzl / zlib) failure. */
export function zipReason(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  for (const [pattern, reason] of ZIP_REASONS) if (pattern.test(message)) return reason;
  return "su estructura interna está dañada";
}

const XML_REASONS: Array<[RegExp, string]> = [
  [
    /unexpected close tag|unclosed|unmatched|text data outside|closing tag/i,
    "el contenido de una hoja está mal formado (una etiqueta XML no cierra): el libro está dañado",
  ],
  [
    /non-whitespace before first tag|invalid (character|attribute|tag)|unexpected|malformed|xml/i,
    "el contenido de una hoja no es XML válido: el libro está dañado",
  ],
];

/** The Spanish reason for a workbook that ExcelJS (or its XML parser) could not read. */
export function workbookReason(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  for (const [pattern, reason] of ZIP_REASONS) if (pattern.test(message)) return reason;
  for (const [pattern, reason] of XML_REASONS) if (pattern.test(message)) return reason;
  return "está dañado o no es un libro de Excel";
}
