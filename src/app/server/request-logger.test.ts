import { Writable } from "node:stream";
import Fastify from "fastify";
import { describe, expect, it, vi } from "vitest";
import { lazyRequestLogger } from "./request-logger.js";

function appLoggingTo(lines: string[], level: string) {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = Fastify({ logger: { level, stream }, childLoggerFactory: lazyRequestLogger });
  app.get("/quiet", async (request) => {
    request.log.debug("not shown at warn");
    return { ok: true };
  });
  app.get("/loud", async (request) => {
    request.log.warn({ detail: 1 }, "shown");
    request.log.error("also shown");
    return { ok: true };
  });
  return app;
}

describe("the lazy per-request logger", () => {
  it("builds no child logger for a request that logs nothing at an enabled level", async () => {
    const lines: string[] = [];
    const app = appLoggingTo(lines, "warn");
    await app.ready();
    const child = vi.spyOn(app.log, "child");
    await app.inject({ url: "/quiet" });
    expect(child).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
  });

  it("logs with the request id once something is logged, building the child once", async () => {
    const lines: string[] = [];
    const app = appLoggingTo(lines, "warn");
    await app.ready();
    const child = vi.spyOn(app.log, "child");
    await app.inject({ url: "/loud", headers: { "request-id": "x" } });
    expect(child).toHaveBeenCalledTimes(1);
    const logged = lines.map((line) => JSON.parse(line) as { reqId: string; msg: string; level: number });
    expect(logged.map((l) => l.msg)).toEqual(["shown", "also shown"]);
    expect(new Set(logged.map((l) => l.reqId)).size).toBe(1);
    expect(logged[0]!.reqId).toBeTruthy();
  });

  it("follows the app's level: debug lines appear when the app logs at debug", async () => {
    const lines: string[] = [];
    const app = appLoggingTo(lines, "debug");
    await app.inject({ url: "/quiet" });
    expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toContain("not shown at warn");
  });
});
