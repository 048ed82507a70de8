import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BaresipTelephony, DialerEngine, wavSeconds } from "../../src/modules/dialer/index.js";
import { createTestDatabase, type TestDatabase } from "../support/database.js";
import { buildTenant, type TestTenant } from "../support/factories.js";
import { waitFor } from "../support/wait.js";

// A drop through real SIP on 127.0.0.1: the dialer's baresip calls a customer — a second baresip, answering when the
// test says and recording what it hears (sndfile) — the advisor has paused, so nobody takes the answered call; past the
// drop seconds the engine drops it and the adapter plays the safe-harbour recording into the call, then hangs up.
// The customer's recording holds the message's tone, as long as the message. Every process is ended by pid.

const HAVE_SIP = existsSync("/usr/bin/baresip");
const HOST = "127.0.0.1";
const CUSTOMER = { sip: 5172, control: 5186 };
const MESSAGE_SECONDS = 1.5;
const RATE = 8000;

/** A 16-bit mono PCM WAV of a 440 Hz tone: the stand-in for the operator's recorded safe-harbour message. */
function toneWav(seconds: number): Buffer {
  const samples = Math.round(seconds * RATE);
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write("RIFF", 0, "ascii");
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write("WAVEfmt ", 8, "ascii");
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(RATE, 24);
  wav.writeUInt32LE(RATE * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write("data", 36, "ascii");
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) wav.writeInt16LE(Math.round(12_000 * Math.sin((2 * Math.PI * 440 * i) / RATE)), 44 + i * 2);
  return wav;
}

/** Root mean square of a 16-bit PCM WAV's samples (0 for silence). */
function rms(wav: Buffer): number {
  const data = wav.indexOf("data", 12, "ascii") + 8;
  let sum = 0;
  let n = 0;
  for (let at = data; at + 1 < wav.length; at += 2, n++) sum += wav.readInt16LE(at) ** 2;
  return n ? Math.sqrt(sum / n) : 0;
}

/** The customer's phone: a baresip that records what it hears, driven over ctrl_tcp. */
class Customer {
  events: string[] = [];
  private socket: net.Socket | null = null;
  private buffer = "";
  process: ChildProcess | null = null;
  constructor(readonly dir: string) {}

  async start(): Promise<void> {
    await mkdir(path.join(this.dir, "dumps"), { recursive: true });
    await writeFile(
      path.join(this.dir, "config"),
      [
        `sip_listen ${HOST}:${CUSTOMER.sip}`,
        "sip_trans_def udp",
        "module_path /usr/lib/baresip/modules",
        "module g711.so",
        "module aubridge.so",
        "module sndfile.so",
        `snd_path ${path.join(this.dir, "dumps")}`,
        "audio_player aubridge,y",
        "audio_source aubridge,y",
        "audio_alert aubridge,y",
        "module_app account.so",
        "module_app menu.so",
        "module_app ctrl_tcp.so",
        `ctrl_tcp_listen ${HOST}:${CUSTOMER.control}`,
        "",
      ].join("\n"),
    );
    await writeFile(path.join(this.dir, "accounts"), `<sip:cliente@${HOST}>;regint=0;answermode=manual\n`);
    this.process = spawn("baresip", ["-f", this.dir], { stdio: "ignore" });
    this.socket = await waitFor(
      () =>
        new Promise<net.Socket | null>((resolve) => {
          const socket = net.connect(CUSTOMER.control, HOST);
          socket.once("connect", () => resolve(socket));
          socket.once("error", () => resolve(null));
        }),
      "el control del cliente",
    );
    const socket = this.socket!;
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      this.buffer += chunk;
      for (;;) {
        const colon = this.buffer.indexOf(":");
        const length = Number(this.buffer.slice(0, colon));
        if (colon < 0 || this.buffer.length < colon + length + 2) return;
        const message = JSON.parse(this.buffer.slice(colon + 1, colon + 1 + length));
        this.buffer = this.buffer.slice(colon + length + 2);
        if (message.event) this.events.push(message.type);
      }
    });
  }

  answer(): void {
    const json = JSON.stringify({ command: "accept", token: "a1" });
    this.socket!.write(`${Buffer.byteLength(json)}:${json},`);
  }

  async stop(): Promise<void> {
    this.socket?.destroy();
    const child = this.process;
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((done) => child.once("exit", done));
      process.kill(child.pid, "SIGTERM");
      await exited;
    }
  }
}

let testDb: TestDatabase;
let tenant: TestTenant;
let dir: string;
let customer: Customer;
let sip: BaresipTelephony;

describe.skipIf(!HAVE_SIP)("the safe-harbour message on a drop, through baresip on 127.0.0.1", () => {
  beforeAll(async () => {
    testDb = await createTestDatabase();
    tenant = await buildTenant(testDb.db, "sip-abandono");
    dir = await mkdtemp(path.join(tmpdir(), "fideliza-safe-harbour-"));
    await writeFile(path.join(dir, "mensaje.wav"), toneWav(MESSAGE_SECONDS));
    customer = new Customer(path.join(dir, "cliente"));
    await customer.start();
    sip = new BaresipTelephony({
      channels: 1,
      sipPort: 5170,
      controlPort: 5185,
      // The customer's phone answers as its account (baresip finds its UA by the request URI's user).
      uriFor: () => `sip:cliente@${HOST}:${CUSTOMER.sip}`,
      safeHarbourWav: path.join(dir, "mensaje.wav"),
    });
    await sip.start();
  });
  afterAll(async () => {
    await sip?.close();
    await customer?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
    await testDb?.drop();
  });

  it("reads the recording's length from its WAV header", () => {
    expect(wavSeconds(toneWav(2))).toBe(2);
    expect(() => wavSeconds(Buffer.from("no soy un wav"))).toThrow("No es un archivo WAV");
  });

  it("drops the answered call nobody took and plays the recording to the customer before hanging up", {
    timeout: 60_000,
  }, async () => {
    let now = DateTime.fromISO("2026-12-07T10:00", { zone: "America/Bogota" }).toJSDate();
    const advisor = tenant.users.advisor!;
    const campaignId = await testDb.db.tenant(tenant.tenantId, async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        "INSERT INTO outbound_campaigns (tenant_id, code, name, policy_scope, pacing_mode) VALUES (current_tenant_id(), 'abandono-sip', 'Abandono SIP', 'co', 'progressive') RETURNING id",
      );
      const customerRow = await tx.query<{ id: string }>(
        "INSERT INTO customers (tenant_id, code, document_id, full_name) VALUES (current_tenant_id(), 'C-sh-1', '7101', 'Cliente abandono') RETURNING id",
      );
      const record = await tx.query<{ id: string }>(
        "INSERT INTO contact_records (tenant_id, campaign_id, customer_id, list_type, priority) VALUES (current_tenant_id(), $1, $2, 'abandonos', 1) RETURNING id",
        [rows[0]!.id, customerRow.rows[0]!.id],
      );
      await tx.query(
        "INSERT INTO contact_phones (tenant_id, record_id, phone, position) VALUES (current_tenant_id(), $1, '3005550101', 1)",
        [record.rows[0]!.id],
      );
      await tx.query(
        "INSERT INTO dialer_agents (tenant_id, user_id, campaign_id, state, state_since) VALUES (current_tenant_id(), $1, $2, 'ready', $3)",
        [advisor.id, rows[0]!.id, now],
      );
      return rows[0]!.id;
    });
    const engine = new DialerEngine(testDb.db, sip, "sip-abandono", () => now);
    const call = () =>
      testDb.db.tenant(tenant.tenantId, async (tx) => {
        const { rows } = await tx.query<{ status: string; outcome: string | null }>(
          "SELECT status, outcome FROM dialer_calls WHERE campaign_id = $1",
          [campaignId],
        );
        return rows[0];
      });

    expect((await engine.tick(tenant.tenantId, campaignId)).placed).toBe(1);
    await waitFor(() => customer.events.includes("CALL_INCOMING"), "la llamada suena donde el cliente");
    // The advisor pauses while it rings; the customer answers: nobody is free to take it.
    await testDb.db.tenant(tenant.tenantId, (tx) =>
      tx.query("UPDATE dialer_agents SET state = 'paused', pause_reason = 'break' WHERE user_id = $1", [advisor.id]),
    );
    customer.answer();
    await waitFor(async () => (await call())?.status === "answered", "la llamada contestada espera asesor");
    now = new Date(now.getTime() + 2_500);
    expect((await engine.tick(tenant.tenantId, campaignId)).dropped).toBe(1);
    expect(await call()).toEqual({ status: "ended", outcome: "dropped" });
    await waitFor(() => customer.events.includes("CALL_CLOSED"), "el marcador cuelga tras el mensaje", 20_000);

    // What the customer heard: the dump of the audio it decoded holds the tone, for about the message's length.
    const heard = await waitFor(async () => {
      const files = (await readdir(path.join(customer.dir, "dumps"))).filter((f) => f.endsWith("-dec.wav"));
      if (files.length !== 1) return null;
      const wav = await readFile(path.join(customer.dir, "dumps", files[0]!));
      return wav.length > 44 ? wav : null;
    }, "la grabación de lo que oyó el cliente");
    expect(rms(heard!)).toBeGreaterThan(2_000);
    expect(wavSeconds(heard!)).toBeGreaterThan(MESSAGE_SECONDS * 0.8);
  });
});
