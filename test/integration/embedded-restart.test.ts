import { afterAll, describe, expect, it } from "vitest";
import { addTenantWithAdmin, exited, installProduct, login } from "../support/product-process.js";

const install = await installProduct("k9");
afterAll(() => install.dispose());

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function sessionAt(port: number) {
  const response = await login(port, "admin@k9.test");
  expect(response.status).toBe(200);
  const cookie = response.headers.get("set-cookie")!.split(";")[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

// This exercises the embedded server only; the PostgreSQL-15 run (TEST_DATABASE_URL) has nothing to add.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("embedded PostgreSQL survives kill -9 of the app", () => {
  it("restarts after SIGKILL with every committed row, then shuts down cleanly on SIGTERM", async () => {
    await addTenantWithAdmin(install, "k9", "admin@k9.test");

    const first = await install.serve();
    const session = await sessionAt(first.port);
    const created = await fetch(`http://127.0.0.1:${first.port}/api/customers`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: session.cookie, "x-csrf-token": session.csrfToken },
      body: JSON.stringify({ code: "K9-1", documentId: "0912345678", fullName: "Rosa Vera" }),
    });
    expect(created.status).toBe(201);

    const orphan = install.postmasterPid();
    first.child.kill("SIGKILL");
    await exited(first.child);
    expect(isAlive(orphan)).toBe(true); // postgres outlives a SIGKILLed parent

    const second = await install.serve();
    expect(isAlive(orphan)).toBe(false); // the leftover server was detected and stopped
    const again = await sessionAt(second.port);
    const found = await fetch(`http://127.0.0.1:${second.port}/api/customers?q=K9-1`, { headers: { cookie: again.cookie } });
    expect(((await found.json()) as Array<{ fullName: string }>).map((c) => c.fullName)).toEqual(["Rosa Vera"]);

    const restarted = install.postmasterPid();
    second.child.kill("SIGTERM");
    await exited(second.child);
    expect(second.child.exitCode).toBe(0);
    expect(isAlive(restarted)).toBe(false);
  }, 120_000);
});
