import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addTenantWithAdmin, exited, installProduct, login } from "../support/product-process.js";

const install = await installProduct("shared");
afterAll(() => install.dispose());

// This exercises the embedded server only; the PostgreSQL-15 run (TEST_DATABASE_URL) has nothing to add.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("the CLI shares a running server's embedded PostgreSQL", () => {
  it("connects to the live server's database, never stops it, and its changes are visible to the server", async () => {
    await addTenantWithAdmin(install, "uno", "admin@uno.test");

    const { child: server, port } = await install.serve();
    const postmaster = install.postmasterPid();
    const owner = () => readFileSync(path.join(install.dataDir, "pg.owner"), "utf8").trim();
    expect(owner()).toBe(String(server.pid));

    // The README's operator commands, run with the server's own DATA_DIR and EMBEDDED_PG_PORT while it runs.
    await addTenantWithAdmin(install, "dos", "admin@dos.test");

    expect(install.postmasterPid()).toBe(postmaster); // the same postgres, never restarted
    expect(server.exitCode).toBeNull();
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect((await login(port, "admin@uno.test")).status).toBe(200);
    expect((await login(port, "admin@dos.test")).status).toBe(200); // the CLI's change, seen by the server
    expect(owner()).toBe(String(server.pid));

    server.kill("SIGTERM");
    await exited(server);
    expect(server.exitCode).toBe(0);
    expect(existsSync(path.join(install.dataDir, "pg.owner"))).toBe(false);
  }, 180_000);
});
