import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { AppError, ERROR_CATALOG, fromDatabaseError } from "../errors.js";
import { answerLanguage } from "./language.js";

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
      return new AppError("UNSUPPORTED_FILE", "Tipo de contenido no soportado", { detailEn: "Unsupported content type" });
    case 429:
      return new AppError("RATE_LIMITED");
    case 404:
      return new AppError("NOT_FOUND");
    case 400:
      return new AppError("BAD_REQUEST", "La solicitud no se pudo interpretar (JSON mal formado o cabeceras inválidas)", {
        detailEn: "The request could not be read (malformed JSON or invalid headers)",
      });
    default:
      return new AppError("INTERNAL", "Ocurrió un error inesperado; se registró con el identificador de la solicitud", {
        detailEn: "An unexpected error occurred; it was logged with the request's id",
      });
  }
}

/**
 * Every error leaves as application/problem+json (RFC 9457) with a stable type and a Spanish title; a
 * request whose Accept-Language prefers English gets the English title, and the English detail where the
 * error carries one (`detailEn`); a detail known only in Spanish stays so, marked by `detailLanguage`.
 */
export function sendProblem(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.status >= 500) request.log.error({ err: error }, "unhandled error");
  else request.log.info({ code: appError.code, detail: appError.message }, "request refused");
  const { detailEn, ...details } = appError.details;
  const language = answerLanguage(request.headers["accept-language"]);
  const english =
    language === "en"
      ? {
          title: ERROR_CATALOG[appError.code].titleEn,
          ...(detailEn ? { detail: detailEn } : details.detail ? { detailLanguage: "es" } : {}),
        }
      : {};
  const body = {
    type: `https://fideliza.dev/problems/${appError.code.toLowerCase().replaceAll("_", "-")}`,
    title: appError.title,
    status: appError.status,
    code: appError.code,
    ...details,
    ...english,
    instance: request.url,
    requestId: request.id,
  };
  reply.header("content-language", language);
  return reply.status(appError.status).type("application/problem+json; charset=utf-8").send(JSON.stringify(body));
}
