import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { AppError, fromDatabaseError } from "../errors.js";

function toAppError(error: FastifyError | Error): AppError {
  // Validation refusals arrive as AppErrors already (see validator.ts).
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
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
