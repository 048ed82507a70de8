/**
 * Typed application errors. Each code has one meaning, one HTTP status, one Spanish title and its English
 * one (for a request that asks for English, platform/http/language.ts); the
 * error handler turns them into application/problem+json with a stable `type`.
 */
export const ERROR_CATALOG = {
  VALIDATION_FAILED: { status: 400, title: "Los datos enviados no son válidos", titleEn: "The data sent is not valid" },
  BAD_REQUEST: { status: 400, title: "Solicitud incorrecta", titleEn: "Bad request" },
  UNAUTHENTICATED: { status: 401, title: "Debe iniciar sesión", titleEn: "You must sign in" },
  SESSION_EXPIRED: {
    status: 401,
    title: "La sesión expiró; inicie sesión de nuevo",
    titleEn: "The session expired; sign in again",
  },
  INVALID_CREDENTIALS: { status: 401, title: "Correo o contraseña incorrectos", titleEn: "Wrong e-mail or password" },
  ACCOUNT_LOCKED: {
    status: 423,
    title: "La cuenta está bloqueada temporalmente por intentos fallidos",
    titleEn: "The account is temporarily locked after failed attempts",
  },
  ACCOUNT_DISABLED: { status: 403, title: "La cuenta está desactivada", titleEn: "The account is disabled" },
  CSRF_INVALID: {
    status: 403,
    title: "Falta o no coincide el token CSRF",
    titleEn: "The CSRF token is missing or does not match",
  },
  FORBIDDEN: { status: 403, title: "Su rol no tiene permiso para esta acción", titleEn: "Your role is not allowed to do this" },
  NOT_FOUND: { status: 404, title: "No encontrado", titleEn: "Not found" },
  CONFLICT: { status: 409, title: "Conflicto con el estado actual", titleEn: "Conflict with the current state" },
  DUPLICATE: { status: 409, title: "Ya existe un registro con esa clave", titleEn: "A record with that key already exists" },
  UNKNOWN_ROLE: { status: 400, title: "Rol desconocido", titleEn: "Unknown role" },
  PAYLOAD_TOO_LARGE: { status: 413, title: "El archivo supera el tamaño permitido", titleEn: "The file is larger than allowed" },
  UNSUPPORTED_FILE: { status: 415, title: "Formato de archivo no soportado", titleEn: "Unsupported file format" },
  IMPORT_REJECTED: {
    status: 422,
    title: "El archivo tiene errores y no se importó",
    titleEn: "The file has errors and was not imported",
  },
  IMPORT_NOT_COMMITTABLE: {
    status: 409,
    title: "La importación no se puede confirmar",
    titleEn: "The import cannot be committed",
  },
  RATE_LIMITED: { status: 429, title: "Demasiados intentos; espere un momento", titleEn: "Too many attempts; wait a moment" },
  ILLEGAL_TRANSITION: { status: 409, title: "Transición no permitida", titleEn: "Transition not allowed" },
  STEP_NOT_ALLOWED: {
    status: 422,
    title: "Las reglas del procedimiento no permiten este paso",
    titleEn: "The procedure's rules do not allow this step",
  },
  INTERNAL: { status: 500, title: "Error interno", titleEn: "Internal error" },
} as const satisfies Record<string, { status: number; title: string; titleEn: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export interface ErrorDetails {
  detail?: string;
  /** The request field (or spreadsheet column) at fault. */
  field?: string;
  /** The detail in English, for a request that asks for English (the Spanish `detail` stays the default). */
  detailEn?: string;
  /** The spreadsheet row at fault (1-based, header = row 1). */
  row?: number;
  errors?: Array<{ field?: string; row?: number; message: string }>;
  [key: string]: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly title: string;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, detail?: string, details: ErrorDetails = {}) {
    super(detail ?? ERROR_CATALOG[code].title);
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_CATALOG[code].status;
    this.title = ERROR_CATALOG[code].title;
    this.details = detail === undefined ? details : { detail, ...details };
  }
}

/** What the refusal of one database constraint means to the person who caused it. */
export interface ConstraintError {
  code: ErrorCode;
  /**
   * The Spanish detail. As a function it gets the key PostgreSQL reported, column → value
   * ({ code: "C-1" }); PostgreSQL reports none under row-level security (tenant work), so every value
   * may be missing.
   */
  detail: string | ((key: Readonly<Partial<Record<string, string>>>) => string);
  /** The request field (or column) at fault. */
  field?: string;
}

const constraintErrors = new Map<string, ConstraintError>();

/**
 * Declares what the violation of each named constraint (unique, foreign key, check) means, by the module
 * that owns the table. fromDatabaseError then answers with it wherever the error surfaces (the API, the
 * CLI), so commands let database refusals propagate instead of catching SQLSTATEs.
 */
export function registerConstraintErrors(entries: Record<string, ConstraintError>): void {
  for (const [constraint, entry] of Object.entries(entries)) {
    const known = constraintErrors.get(constraint);
    if (known && (known.code !== entry.code || known.field !== entry.field)) {
      throw new Error(`La restricción ${constraint} ya tiene otro significado (${known.code})`);
    }
    constraintErrors.set(constraint, entry);
  }
}

/**
 * The key of a unique or foreign-key violation's detail, "Key (tenant_id, code)=(…, C-1) already exists."
 * → { tenant_id: "…", code: "C-1" }; {} when PostgreSQL did not say it. The last column takes the rest
 * of the values, so a comma in it does not shift them.
 */
export function violatedKey(detail: string | undefined): Partial<Record<string, string>> {
  const open = detail?.indexOf("(") ?? -1;
  const middle = detail?.indexOf(")=(") ?? -1;
  const close = detail?.lastIndexOf(")") ?? -1;
  if (!detail || open < 0 || middle < open || close <= middle + 2) return {};
  const columns = detail.slice(open + 1, middle).split(", ");
  const values = detail.slice(middle + 3, close).split(", ");
  const rest = values.splice(columns.length - 1).join(", ");
  values.push(rest);
  if (values.length !== columns.length) return {};
  return Object.fromEntries(columns.map((column, index) => [column, values[index]!]));
}

/**
 * Maps PostgreSQL errors the app can expect onto AppErrors: first by the constraint's registered
 * meaning (registerConstraintErrors), then by SQLSTATE (unique violation → DUPLICATE, …).
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const pgError = (error ?? {}) as { code?: string; constraint?: string; detail?: string };
  const known = pgError.constraint ? constraintErrors.get(pgError.constraint) : undefined;
  if (known && pgError.code?.startsWith("23")) {
    const detail = typeof known.detail === "string" ? known.detail : known.detail(violatedKey(pgError.detail));
    return new AppError(known.code, detail, known.field ? { field: known.field } : {});
  }
  switch (pgError.code) {
    case "23505":
      return new AppError("DUPLICATE", pgError.detail ?? "Registro duplicado", { constraint: pgError.constraint });
    case "23503":
      return new AppError("CONFLICT", "El registro hace referencia a datos inexistentes o en uso", {
        constraint: pgError.constraint,
      });
    case "23514":
      return new AppError("VALIDATION_FAILED", "Un valor no cumple las reglas de la base de datos", {
        constraint: pgError.constraint,
      });
    case "40001":
    case "40P01":
      return new AppError("CONFLICT", "Otro usuario modificó el registro al mismo tiempo; intente de nuevo");
    default:
      return undefined;
  }
}
