import { AppError, fromDatabaseError } from "./errors.js";

/** The argument a refusal's field names, as a person at the terminal knows it (the API's names are not theirs). */
const CLI_FIELDS: Record<string, string | null> = {
  // The message names the file already.
  file: null,
  kind: "tipo de importación",
  batch: "--batch",
  tenant: "--tenant",
  campaign: "--campaign",
  user: "--user",
};

/** Where a refusal points, in Spanish: «fila 3, columna «email»», «campo «slug»»; "" when nowhere. */
function whereOf(error: AppError): string {
  const { row, field } = error.details;
  const parts: string[] = [];
  if (row) parts.push(`fila ${row}`);
  if (field) {
    const known = CLI_FIELDS[field];
    if (known === undefined) parts.push(`${row ? "columna" : "campo"} «${field}»`);
    else if (known !== null) parts.push(known);
  }
  return parts.join(", ");
}

const SYSTEM_ERRORS: Record<string, (error: NodeJS.ErrnoException) => string> = {
  ECONNREFUSED: (e) =>
    `No se pudo conectar con la base de datos${"address" in e ? ` (${String((e as { address?: string }).address)}:${String((e as { port?: number }).port)})` : ""}: la conexión fue rechazada. ¿Está en marcha PostgreSQL y es correcta DATABASE_URL?`,
  ENOTFOUND: () => "No se encontró el servidor de la base de datos; revise el host de DATABASE_URL",
  ETIMEDOUT: () => "La base de datos no respondió a tiempo",
  ENOENT: (e) => `No existe ${e.path ?? "el archivo o la carpeta indicada"}`,
  EACCES: (e) => `Sin permiso para usar ${e.path ?? "el archivo o la carpeta indicada"}`,
  EISDIR: (e) => `${e.path ?? "La ruta"} es una carpeta, no un archivo`,
  ENOSPC: () => "No queda espacio en el disco",
  "28P01": () => "La base de datos rechazó el usuario o la contraseña de DATABASE_URL",
  "3D000": () => "La base de datos de DATABASE_URL no existe",
};

/**
 * The one line a person at a terminal reads for a failure, in Spanish: the title, the specific message
 * and where (row, column, argument). No library's English and no stack: an unexpected error is said
 * in general terms, with its technical detail only under FIDELIZA_DEBUG=1.
 */
export function describeCliError(thrown: unknown): string {
  // A database refusal (a taken slug, a duplicate email) is said as the API says it.
  const error = thrown instanceof AppError ? thrown : (fromDatabaseError(thrown) ?? thrown);
  if (error instanceof AppError) {
    const where = whereOf(error);
    return `${error.title}${error.message !== error.title ? ` — ${error.message}` : ""}${where ? ` (${where})` : ""}`;
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  const known = code ? SYSTEM_ERRORS[code] : undefined;
  if (known) return known(error as NodeJS.ErrnoException);
  return "Error interno: la orden no se completó por un fallo inesperado (FIDELIZA_DEBUG=1 muestra el detalle técnico)";
}
