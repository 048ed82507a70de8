/**
 * Typed application errors. Each code has one meaning, one HTTP status and one Spanish title; the
 * error handler turns them into application/problem+json with a stable `type`.
 */
export const ERROR_CATALOG = {
  VALIDATION_FAILED: { status: 400, title: "Los datos enviados no son válidos" },
  BAD_REQUEST: { status: 400, title: "Solicitud incorrecta" },
  UNAUTHENTICATED: { status: 401, title: "Debe iniciar sesión" },
  SESSION_EXPIRED: { status: 401, title: "La sesión expiró; inicie sesión de nuevo" },
  INVALID_CREDENTIALS: { status: 401, title: "Correo o contraseña incorrectos" },
  ACCOUNT_LOCKED: { status: 423, title: "La cuenta está bloqueada temporalmente por intentos fallidos" },
  ACCOUNT_DISABLED: { status: 403, title: "La cuenta está desactivada" },
  CSRF_INVALID: { status: 403, title: "Falta o no coincide el token CSRF" },
  FORBIDDEN: { status: 403, title: "Su rol no tiene permiso para esta acción" },
  NOT_FOUND: { status: 404, title: "No encontrado" },
  CONFLICT: { status: 409, title: "Conflicto con el estado actual" },
  DUPLICATE: { status: 409, title: "Ya existe un registro con esa clave" },
  UNKNOWN_ROLE: { status: 400, title: "Rol desconocido" },
  PAYLOAD_TOO_LARGE: { status: 413, title: "El archivo supera el tamaño permitido" },
  UNSUPPORTED_FILE: { status: 415, title: "Formato de archivo no soportado" },
  IMPORT_REJECTED: { status: 422, title: "El archivo tiene errores y no se importó" },
  IMPORT_NOT_COMMITTABLE: { status: 409, title: "La importación no se puede confirmar" },
  RATE_LIMITED: { status: 429, title: "Demasiados intentos; espere un momento" },
  ILLEGAL_TRANSITION: { status: 409, title: "Transición no permitida" },
  STEP_NOT_ALLOWED: { status: 422, title: "Las reglas del procedimiento no permiten este paso" },
  INTERNAL: { status: 500, title: "Error interno" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export interface ErrorDetails {
  detail?: string;
  /** The request field (or spreadsheet column) at fault. */
  field?: string;
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
