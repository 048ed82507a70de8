import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { AppError, fromDatabaseError } from "../errors.js";

interface AjvError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

function fieldOf(error: AjvError): string {
  const path = error.instancePath.replace(/^\//, "").replaceAll("/", ".");
  if (error.keyword === "required") return [path, String(error.params.missingProperty)].filter(Boolean).join(".");
  if (error.keyword === "additionalProperties") {
    return [path, String(error.params.additionalProperty)].filter(Boolean).join(".");
  }
  return path;
}

/** Spanish text for the schema validator's error keywords. */
export function describeValidationError(error: AjvError): string {
  const field = fieldOf(error) || "cuerpo";
  const p = error.params;
  switch (error.keyword) {
    case "required":
      return `Falta el campo obligatorio «${field}»`;
    case "type":
      return `El campo «${field}» debe ser de tipo ${String(p.type)}`;
    case "minLength":
      return `El campo «${field}» debe tener al menos ${String(p.limit)} caracteres`;
    case "maxLength":
      return `El campo «${field}» admite como máximo ${String(p.limit)} caracteres`;
    case "minimum":
      return `El campo «${field}» debe ser mayor o igual a ${String(p.limit)}`;
    case "maximum":
      return `El campo «${field}» debe ser menor o igual a ${String(p.limit)}`;
    case "format":
      return `El campo «${field}» no tiene el formato ${String(p.format)}`;
    case "pattern":
      return `El campo «${field}» no tiene el formato esperado`;
    case "enum":
      return `El campo «${field}» debe ser uno de: ${(p.allowedValues as unknown[]).join(", ")}`;
    case "const":
      return `El campo «${field}» debe ser ${String(p.allowedValue)}`;
    case "additionalProperties":
      return `El campo «${field}» no está permitido`;
    case "minItems":
      return `El campo «${field}» debe tener al menos ${String(p.limit)} elementos`;
    case "maxItems":
      return `El campo «${field}» admite como máximo ${String(p.limit)} elementos`;
    default:
      return `El campo «${field}» no es válido`;
  }
}

function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError & { validation?: AjvError[] };
  if (fastifyError.validation) {
    const errors = fastifyError.validation.map((v) => ({ field: fieldOf(v), message: describeValidationError(v) }));
    return new AppError("VALIDATION_FAILED", errors.map((e) => e.message).join("; "), {
      field: errors[0]?.field,
      errors,
    });
  }
  const fromDb = fromDatabaseError(error);
  if (fromDb) return fromDb;
  switch (fastifyError.statusCode) {
    case 413:
      return new AppError("PAYLOAD_TOO_LARGE");
    case 415:
      return new AppError("UNSUPPORTED_FILE", "Tipo de contenido no soportado");
    case 429:
      return new AppError("RATE_LIMITED");
    case 404:
      return new AppError("NOT_FOUND");
    case 400:
      return new AppError("BAD_REQUEST", "La solicitud no se pudo interpretar (JSON mal formado o cabeceras inválidas)");
    default:
      return new AppError("INTERNAL", "Ocurrió un error inesperado; se registró con el identificador de la solicitud");
  }
}

/** Every error leaves as application/problem+json (RFC 9457) with a stable type and a Spanish title. */
export function sendProblem(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.status >= 500) request.log.error({ err: error }, "unhandled error");
  else request.log.info({ code: appError.code, detail: appError.message }, "request refused");
  const body = {
    type: `https://fideliza.dev/problems/${appError.code.toLowerCase().replaceAll("_", "-")}`,
    title: appError.title,
    status: appError.status,
    code: appError.code,
    ...appError.details,
    instance: request.url,
    requestId: request.id,
  };
  return reply.status(appError.status).type("application/problem+json; charset=utf-8").send(JSON.stringify(body));
}
