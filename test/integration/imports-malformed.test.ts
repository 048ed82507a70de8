import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translateCommanderMessage } from "../../src/app/cli/spanish.js";
import { buildTestApp, login, type Session, type TestApp } from "../support/app.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";

// The fuzz corpus of malformed files (test/fixtures/malformed, written by its generate.ts) through every
// upload route and through the CLI: never a 5xx, never a stack trace, never a library's English, always
// a specific Spanish message, and nothing written.

const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/malformed");
const MAX_ROWS = 5;

interface Case {
  file: string;
  /** What the customers import answers (the file's header is a customers header). */
  status: number;
  message: RegExp;
  /** The same answer for every kind (the file is refused before its header is read). */
  anyKind: boolean;
}

const TRUNCATED = /El libro \.xlsx está dañado o incompleto: falta su índice interno.*parece cortado o incompleto/;
const CASES: Case[] = [
  { file: "truncated.xlsx", status: 422, message: TRUNCATED, anyKind: true },
  { file: "truncated-index.xlsx", status: 422, message: TRUNCATED, anyKind: true },
  { file: "not-a-zip.xlsx", status: 415, message: /«not-a-zip\.xlsx» no es un libro de Excel \(\.xlsx\) válido/, anyKind: true },
  { file: "zip-without-workbook.xlsx", status: 422, message: /El libro \.xlsx no tiene ninguna hoja/, anyKind: true },
  {
    file: "broken-sheet-xml.xlsx",
    status: 422,
    message: /El libro \.xlsx está dañado o incompleto: el contenido de una hoja/,
    anyKind: true,
  },
  {
    file: "damaged-entry.xlsx",
    status: 422,
    message: /El libro \.xlsx está dañado o incompleto: una de sus partes está dañada/,
    anyKind: true,
  },
  { file: "empty.xlsx", status: 422, message: /El archivo está vacío/, anyKind: true },
  { file: "empty.csv", status: 422, message: /El archivo está vacío/, anyKind: true },
  { file: "header-only.xlsx", status: 422, message: /no tiene filas de datos debajo del encabezado/, anyKind: false },
  { file: "header-only.csv", status: 422, message: /no tiene filas de datos debajo del encabezado/, anyKind: false },
  {
    file: "unbalanced-quotes.csv",
    status: 422,
    message: /El CSV está mal formado cerca de la línea \d+: una comilla se abrió y no se cerró/,
    anyKind: false,
  },
  { file: "too-many-rows.xlsx", status: 413, message: /el máximo por archivo es 5; divídalo en varios archivos/, anyKind: false },
  { file: "too-many-rows.csv", status: 413, message: /el máximo por archivo es 5; divídalo en varios archivos/, anyKind: false },
];

/** Read correctly, accents intact: the encodings Excel saves in Spanish. */
const READABLE = ["latin1.csv", "utf16.csv"];

/** Words of the libraries' English that must never reach a person (zip, XML, CSV parsers, Node, Commander). */
const ENGLISH =
  /\b(the|not found|invalid|unexpected|signature|directory|central|failed|cannot|undefined|quote|eof|stream|entry|expected|missing|unknown|bytes|offset|record|closing|malformed|corrupt|usage|options|argument|display|help for|error:)\b|TypeError|SyntaxError|RangeError|ENOENT|Error:/i;
const STACK = /\n\s+at \S|\.(ts|js|mjs):\d+|node:internal|node_modules/;

let testDb: TestDatabase;
let testApp: TestApp;
let tenant: TestTenant;
let admin: Session;
let supervisor: Session;
let workDir: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenant = await buildTenant(testDb.db, "malformados");
  testApp = await buildTestApp(testDb, { importMaxRows: MAX_ROWS });
  admin = await login(testApp.app, tenant.users.admin!.email);
  supervisor = await login(testApp.app, tenant.users.supervisor!.email);
  workDir = await fs.mkdtemp(path.join(os.tmpdir(), "fideliza-malformados-"));
});
afterAll(async () => {
  await testApp?.close();
  await testDb?.drop();
  if (workDir) await fs.rm(workDir, { recursive: true, force: true });
});

function multipart(fileName: string, content: Buffer) {
  const boundary = `----fideliza${randomBytes(8).toString("hex")}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** Every upload route of an import kind, with the session allowed to use it. */
const ROUTES = [
  { kind: "customers", url: "/api/imports?kind=customers", as: () => admin },
  { kind: "products", url: "/api/imports?kind=products", as: () => admin },
  { kind: "claims", url: "/api/imports?kind=claims", as: () => admin },
  { kind: "billing", url: "/api/imports?kind=billing", as: () => admin },
  { kind: "complaints", url: "/api/complaints/imports", as: () => supervisor },
];

/** The rows every kind writes: none of them may change. */
async function written(): Promise<Record<string, number>> {
  return testDb.db.tenant(tenant.tenantId, async (tx) => {
    const { rows } = await tx.query(
      `SELECT (SELECT count(*) FROM customers)::int AS customers, (SELECT count(*) FROM products)::int AS products,
              (SELECT count(*) FROM claims)::int AS claims, (SELECT count(*) FROM billing_statements)::int AS billing,
              (SELECT count(*) FROM complaint_cases)::int AS complaints,
              (SELECT count(*) FROM imports WHERE status IN ('committed', 'staged'))::int AS imports`,
    );
    return rows[0];
  });
}

/** What a person or an integrator reads of a problem+json: its title, detail and listed errors. */
function readable(response: LightMyRequestResponse): string {
  const body = response.json() as { title?: string; detail?: string; errors?: Array<{ message: string }> };
  return [body.title, body.detail, ...(body.errors ?? []).map((e) => e.message)].filter(Boolean).join("\n");
}

function expectSpanishOnly(text: string, label: string) {
  expect(text, label).not.toMatch(ENGLISH);
  expect(text, label).not.toMatch(STACK);
}

describe("malformed files through the API", () => {
  it("every upload route refuses each malformed file with a 4xx and its Spanish message, writing nothing", async () => {
    const before = await written();
    for (const route of ROUTES) {
      for (const c of CASES) {
        const content = await fs.readFile(path.join(CORPUS, c.file));
        const response = await route.as().request({ method: "POST", url: route.url, ...multipart(c.file, content) });
        const label = `${route.kind} ${c.file}: ${response.statusCode} ${response.body}`;
        expect(response.statusCode, label).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, label).toBeLessThan(500);
        expect(response.headers["content-type"], label).toContain("application/problem+json");
        const text = readable(response);
        expectSpanishOnly(text, label);
        if (route.kind === "customers" || c.anyKind) {
          expect(response.statusCode, label).toBe(c.status);
          expect(text, label).toMatch(c.message);
        }
      }
    }
    expect(await written()).toEqual(before);
  });

  it("a Latin-1 and a UTF-16 CSV are read with their accents intact", async () => {
    for (const file of READABLE) {
      const content = await fs.readFile(path.join(CORPUS, file));
      const response = await admin.request({ method: "POST", url: "/api/imports?kind=customers", ...multipart(file, content) });
      expect(response.statusCode, `${file}: ${response.body}`).toBe(201);
      const view = response.json();
      expect(view).toMatchObject({ status: "staged", totalRows: 3, errorCount: 0 });
      expect(view.preview[0].data).toMatchObject({ fullName: "Cliente Peña 1", city: "Bogotá" });
      const discarded = await admin.request({ method: "POST", url: `/api/imports/${view.id}/discard` });
      expect(discarded.statusCode).toBe(200);
    }
  });

  it("a cut multipart body, a missing file part and a non-multipart body are refused in Spanish", async () => {
    const whole = multipart("clientes.csv", Buffer.from("codigo_cliente;nombre\r\nC-1;Ana\r\n"));
    const cut = await admin.request({
      method: "POST",
      url: "/api/imports?kind=customers",
      headers: whole.headers,
      payload: whole.payload.subarray(0, whole.payload.length - 30),
    });
    const empty = await admin.request({
      method: "POST",
      url: "/api/imports?kind=customers",
      headers: whole.headers,
      payload: Buffer.from(`--${whole.headers["content-type"].split("boundary=")[1]}--\r\n`),
    });
    const json = await admin.request({ method: "POST", url: "/api/imports?kind=customers", payload: { file: "x" } });
    for (const response of [cut, empty, json]) {
      const label = `${response.statusCode} ${response.body}`;
      expect(response.statusCode, label).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, label).toBeLessThan(500);
      expectSpanishOnly(readable(response), label);
      expect(readable(response), label).not.toContain("campo file");
    }
  });
});

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["bin/fideliza.mjs", ...args], {
    env: { ...process.env, DATABASE_URL: testDb.url, LOG_LEVEL: "warn", IMPORT_MAX_ROWS: String(MAX_ROWS) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

/** The CLI's output with the corpus's (English) file names and paths taken out, for the English check. */
function withoutFileNames(output: string): string {
  let text = output.replaceAll(workDir, "");
  for (const name of [...CASES.map((c) => c.file), ...READABLE]) text = text.replaceAll(name, "");
  return text;
}

describe("malformed files through the CLI", () => {
  // One process per command for the whole corpus (each file is its own import): CLI runs are slow on
  // a loaded machine, so the timeout is generous.
  it("`fideliza import customers` and `fideliza complaints import` say each refusal in Spanish, exit 1, write nothing", async () => {
    const before = await written();
    const files = await Promise.all(
      CASES.map(async (c) => {
        const target = path.join(workDir, c.file);
        await fs.copyFile(path.join(CORPUS, c.file), target);
        return target;
      }),
    );
    const customers = await cli(["import", "customers", ...files, "--tenant", tenant.slug]);
    const complaints = await cli(["complaints", "import", ...files, "--tenant", tenant.slug]);
    for (const [label, run] of [
      ["import customers", customers],
      ["complaints import", complaints],
    ] as const) {
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.code, `${label}\n${output}`).toBe(1);
      expectSpanishOnly(withoutFileNames(output), `${label}\n${output}`);
      expect(output, label).not.toMatch(/campo file|\(campo «file»\)/);
      for (const c of CASES) {
        if (label === "import customers" || c.anyKind) expect(output, `${label} ${c.file}\n${output}`).toMatch(c.message);
      }
    }
    expect(await written()).toEqual(before);
  }, 180_000);

  it("Commander's own refusals are said in Spanish", () => {
    expect(translateCommanderMessage("error: missing required argument 'files'")).toBe("falta el argumento obligatorio «files»");
    expect(translateCommanderMessage("error: required option '--tenant <slug>' not specified")).toBe(
      "falta la opción obligatoria --tenant <slug>",
    );
    expect(translateCommanderMessage("error: unknown command 'improt'\n(Did you mean import?)")).toBe(
      "orden desconocida «improt» (¿quiso decir import?)",
    );
    expect(
      translateCommanderMessage("error: option '--country <country>' argument 'XX' is invalid. Allowed choices are CO, EC, BO."),
    ).toBe("la opción --country <country> no admite «XX»; valores posibles: CO, EC, BO");
    expect(translateCommanderMessage("error: something new in English")).toBe("la orden no es válida; vea fideliza --help");
  });
});
