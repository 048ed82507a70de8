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

/** Maps PostgreSQL errors the app can expect onto AppErrors (unique violation → DUPLICATE, …). */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const pgError = error as { code?: string; constraint?: string; detail?: string };
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
