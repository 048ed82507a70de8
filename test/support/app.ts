import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { buildApp } from "../../src/app/server/app.js";
import { type Config, loadConfig } from "../../src/platform/config.js";
import { Listener } from "../../src/platform/db/listener.js";
import type { TestDatabase } from "./database.js";
import { TEST_PASSWORD } from "./factories.js";

export interface TestApp {
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function buildTestApp(testDb: TestDatabase, overrides: Partial<Config> = {}): Promise<TestApp> {
  const listener = new Listener(testDb.url);
  const app = await buildApp({
    config: loadConfig({ databaseUrl: testDb.url, runWorker: false, loginRateLimitPerMinute: 10_000, ...overrides }),
    db: testDb.db,
    listener,
    logger: false,
  });
  await app.ready();
  return {
    app,
    async close() {
      await app.close();
      await listener.close();
    },
  };
}

/** A logged-in browser: sends the session cookie and, on writes, the CSRF token. */
export interface Session {
  cookie: string;
  csrfToken: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
}

export async function login(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await app.inject({ method: "POST", url: "/api/auth/login", payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login ${email} falló: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === "fz_session");
  if (!cookie) throw new Error("sin cookie de sesión");
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return {
    cookie: cookie.value,
    csrfToken,
    request(options) {
      const method = (options.method ?? "GET").toUpperCase();
      const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
      if (!["GET", "HEAD", "OPTIONS"].includes(method)) headers["x-csrf-token"] ??= csrfToken;
      return app.inject({ ...options, headers, cookies: { fz_session: cookie.value, ...(options.cookies ?? {}) } });
    },
  };
}
