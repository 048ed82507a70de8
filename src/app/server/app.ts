import { randomUUID } from "node:crypto";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
  type onResponseHookHandler,
  type RouteOptions,
} from "fastify";
import pino from "pino";
import { AUTH_CHANNEL, Authenticator, readRoleCatalog } from "../../modules/identity/index.js";
import type { Config } from "../../platform/config.js";
import type { Listener } from "../../platform/db/listener.js";
import type { Db } from "../../platform/db/pool.js";
import { AppError } from "../../platform/errors.js";
import { sendProblem } from "../../platform/http/problem.js";
import { Problem } from "../../platform/http/schemas.js";
import { typeBoxValidatorCompiler } from "../../platform/http/validator.js";
import type { ModuleManifest } from "../../platform/manifest.js";
import { MODULES } from "../modules.js";
import { registerAuth } from "./auth.js";
import { healthRoutes } from "./health.js";
import { createMetrics } from "./metrics.js";
import { lazyRequestLogger } from "./request-logger.js";
import { registerStaticUi } from "./static-ui.js";
import "../../platform/http/types.js";

/** An /api route with the permission it declared; the route × role test walks these. */
export interface ApiRoute {
  method: string;
  url: string;
  permission: string;
}

declare module "fastify" {
  interface FastifyInstance {
    apiRoutes: ApiRoute[];
  }
}

export interface AppOptions {
  config: Config;
  db: Db;
  listener: Listener;
  /** The modules whose routes it serves (every module of src/app/modules.ts unless a benchmark asks for fewer). */
  modules?: readonly ModuleManifest[];
  logger?: boolean;
}

/**
 * Where the log goes: stdout, asynchronously. pino's default writes each line with a synchronous
 * write(2) on the request's path; this destination buffers lines and writes them in the background
 * (4 KB at a time), flushed when the app closes and when the process exits.
 */
function logDestination() {
  return pino.destination({ dest: 1, sync: false, minLength: 4096 });
}

/**
 * Builds the HTTP app. Every /api route must declare its permission and its response schema; a route
 * without them is a startup error, not a silent gap.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, db, listener } = options;
  const destination = options.logger === false ? undefined : logDestination();
  const app = Fastify({
    logger: destination ? { level: config.logLevel, stream: destination } : false,
    genReqId: (request) => {
      const header = request.headers["x-request-id"];
      return typeof header === "string" && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
    },
    requestIdHeader: false,
    // One line per request (on completion, below) instead of Fastify's two: half the logging cost.
    logController: new LogController({ disableRequestLogging: true }),
    ...(options.logger === false ? {} : { childLoggerFactory: lazyRequestLogger }),
    bodyLimit: 1024 * 1024,
  });
  // Requests are checked by TypeBox with the same coercions, defaults and Spanish messages as imports and catalogs.
  app.setValidatorCompiler(typeBoxValidatorCompiler);

  const catalog = await readRoleCatalog();
  const knownPermissions = new Set([...Object.keys(catalog.permissions), "public", "authenticated"]);
  const apiRoutes: ApiRoute[] = [];
  app.decorate("apiRoutes", apiRoutes);
  // Every route gets its own hooks when declared (auth with its permission, metrics with its path, the
  // access line): see routeHooks below. Declared here, before any route, so every route passes through.
  let routeHooks: ((route: RouteOptions) => void) | undefined;
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/") && !route.url.startsWith("/api/docs")) {
      const permission = route.config?.permission;
      if (!permission || !knownPermissions.has(permission)) {
        throw new Error(`La ruta ${route.method} ${route.url} no declara un permiso válido (config.permission)`);
      }
      if (!route.schema?.response) throw new Error(`La ruta ${route.method} ${route.url} no declara el esquema de su respuesta`);
      for (const method of [route.method].flat()) if (method !== "HEAD") apiRoutes.push({ method, url: route.url, permission });
    }
    routeHooks?.(route);
  });

  app.decorate("db", db);
  app.decorate("config", config);
  app.decorate("listener", listener);
  app.decorate("authenticator", new Authenticator(db));
  await listener.subscribe(AUTH_CHANNEL, (userId) => app.authenticator.forgetUser(userId));

  let shuttingDown = false;
  app.addHook("onClose", async () => {
    shuttingDown = true;
  });
  if (destination) {
    app.addHook("onClose", (_instance, done) => {
      // The last lines (shutdown, its reason) must reach stdout before the process goes. Synchronous and
      // without fsync (flush(cb) would fsync, which a pipe or /dev/null refuses).
      try {
        destination.flushSync();
      } catch {
        // Nothing buffered, or stdout already gone: nothing more can be written anyway.
      }
      done();
    });
  }
  // Callback-style hooks: these run on every request, and async ones cost a promise each. Route-level,
  // not global: each knows its route's permission and path when declared, so no request reads
  // `request.routeOptions` (a getter that builds an object per call), and a public route runs no auth.
  const metrics = createMetrics();
  const logsRequests = ["trace", "debug", "info"].includes(app.log.level);
  // The app's logger with the id in the line, so a request that logs nothing else needs no child logger.
  const logLine = (request: FastifyRequest, reply: FastifyReply) =>
    app.log.info(
      {
        reqId: request.id,
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      "request completed",
    );
  const authHook = registerAuth(app);
  routeHooks = (route) => {
    const method = [route.method].flat()[0]!;
    const observe = metrics.routeHook(method, route.url);
    // At warn (no line per request) nothing is built: the line's object and its rounding cost on every request.
    const onResponse: onResponseHookHandler = logsRequests
      ? (request, reply, done) => {
          logLine(request, reply);
          observe.call(app, request, reply, done);
        }
      : observe;
    // New arrays: Fastify copied these options for the route's HEAD twin, which gets its own hooks.
    route.onRequest = [authHook(route.config?.permission), ...[route.onRequest ?? []].flat()];
    route.onResponse = [...[route.onResponse ?? []].flat(), onResponse];
  };

  app.addSchema(Problem);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Fideliza API",
        version: "0.1.0",
        description:
          "API de Fideliza. Autenticación: cookie de sesión (POST /api/auth/login; las escrituras llevan X-CSRF-Token) o token de API (Authorization: Bearer fz_…).",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "fz_session" },
          bearer: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (json.$id as string) ?? `def-${i}` },
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  // No cookie plugin: it adds an onSend hook to every reply for the two routes that set a cookie. The
  // auth hook parses the session cookie itself (auth.ts) and login/logout write Set-Cookie (session-cookie.ts).
  await app.register(fastifyRateLimit, { global: false });

  app.setErrorHandler((error, request, reply) => sendProblem(error as Error, request, reply));
  healthRoutes(app, metrics.registry, () => shuttingDown);

  app.get(
    "/api/openapi.json",
    {
      config: { permission: "public" },
      schema: { hide: true, response: { 200: { type: "object", additionalProperties: true } } },
    },
    async () => app.swagger(),
  );

  for (const module of options.modules ?? MODULES) if (module.routes) await app.register(module.routes);

  const hasUi = await registerStaticUi(app);
  // No route, so none of the route hooks: the request id and the metrics here.
  app.setNotFoundHandler((request, reply) => {
    reply.header("x-request-id", request.id);
    reply.raw.once("finish", () => {
      metrics.observeUnmatched(request, reply);
      if (logsRequests) logLine(request, reply);
    });
    if (hasUi && request.method === "GET" && !request.url.startsWith("/api/") && request.headers.accept?.includes("text/html")) {
      return reply.sendFile("index.html");
    }
    const route = `${request.method} ${request.url}`;
    return sendProblem(
      new AppError("NOT_FOUND", `No existe la ruta ${route}`, { detailEn: `No route ${route}` }),
      request,
      reply,
    );
  });

  return app;
}
