import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { EndCause, OriginateRequest, TelephonyEvent, TelephonyPort } from "./port.js";

/**
 * A real SIP adapter: baresip (Debian `baresip-core` 1.0.0) driven through its ctrl_tcp module (netstring JSON).
 * One baresip process per channel, because 1.0.0's `hangup` ignores the call id: a channel holds one call at a
 * time, so "hang up" always means that call. Processes are started by `start()` and ended by `close()`, by pid.
 *
 * SIP final responses map to outcomes after RFC 3398: 486 → busy, 404/484/604 → invalid, 603/403 → rejected,
 * 480/408/487 (or our own CANCEL at the ring timeout) → no answer, anything else → failed. A channel whose process
 * dies mid-call ends that call as failed. Audio to the agent's softphone (bridge) is not carried yet (a no-op).
 *
 * The safe-harbour message on a drop: the channel's audio source is switched to the recording (`ausrc aufile,…`,
 * baresip's aufile module), the call is hung up when the recording's length has played, and the channel's source is
 * set back for its next call. The recording is a WAV of the catalog's `safeHarbourMessage` (the operator records it);
 * without one the call is only hung up.
 */

export interface BaresipOptions {
  channels: number;
  /** First SIP port; channel i listens on sipPort + 2i (UDP/TCP) and + 2i + 1 (TLS). */
  sipPort: number;
  /** First ctrl_tcp port; channel i on controlPort + i. */
  controlPort: number;
  host?: string;
  /** The SIP URI a number is dialled at (a trunk, a PBX, or a SIPp scenario in tests). */
  uriFor: (number: string) => string;
  binary?: string;
  modulePath?: string;
  /** The safe-harbour recording (WAV, 16-bit PCM) played to a dropped call before hanging up. */
  safeHarbourWav?: string;
}

interface Channel {
  index: number;
  process: ChildProcess;
  socket: net.Socket;
  callId: string | null;
  tenantId: string | null;
  established: boolean;
  timedOut: boolean;
  ringTimer: NodeJS.Timeout | null;
  /** Set while the safe-harbour recording plays: the hang-up at its end. */
  playTimer: NodeJS.Timeout | null;
  buffer: string;
}

/** Seconds of audio in a PCM WAV file: its data chunk's size over the format's byte rate. */
export function wavSeconds(wav: Buffer): number {
  if (wav.toString("ascii", 0, 4) !== "RIFF" || wav.toString("ascii", 8, 12) !== "WAVE") throw new Error("No es un archivo WAV");
  let byteRate = 0;
  for (let at = 12; at + 8 <= wav.length; ) {
    const id = wav.toString("ascii", at, at + 4);
    const size = wav.readUInt32LE(at + 4);
    if (id === "fmt ") byteRate = wav.readUInt32LE(at + 16);
    if (id === "data") {
      if (!byteRate) throw new Error("El WAV no declara su formato antes de los datos");
      return Math.min(size, wav.length - at - 8) / byteRate;
    }
    at += 8 + size + (size % 2);
  }
  throw new Error("El WAV no tiene datos de audio");
}

function causeOf(param: string, timedOut: boolean): EndCause {
  const code = Number(/\b([3-6]\d\d)\b/.exec(param)?.[1]);
  if (timedOut || [480, 408, 487].includes(code)) return "no_answer";
  if (code === 486 || code === 600) return "busy";
  if ([404, 484, 604].includes(code)) return "invalid";
  if ([603, 403].includes(code)) return "rejected";
  return "failed";
}

const netstring = (object: unknown) => {
  const json = JSON.stringify(object);
  return `${Buffer.byteLength(json)}:${json},`;
};

export class BaresipTelephony implements TelephonyPort {
  readonly name = "baresip";
  private handler: ((event: TelephonyEvent) => Promise<void>) | null = null;
  private channels: Channel[] = [];
  private dir: string | null = null;
  private closing = false;
  private token = 0;
  private safeHarbour: { file: string; seconds: number } | null = null;

  constructor(private readonly options: BaresipOptions) {}

  onEvent(handler: (event: TelephonyEvent) => Promise<void>): void {
    this.handler = handler;
  }

  /** The pids of the baresip processes (the caller may end them by pid too). */
  pids(): number[] {
    return this.channels.flatMap((c) => (c.process.pid ? [c.process.pid] : []));
  }

  async start(): Promise<void> {
    const host = this.options.host ?? "127.0.0.1";
    if (this.options.safeHarbourWav) {
      const file = path.resolve(this.options.safeHarbourWav);
      this.safeHarbour = { file, seconds: wavSeconds(await readFile(file)) };
    }
    this.dir = await mkdtemp(path.join(tmpdir(), "fideliza-baresip-"));
    for (let index = 0; index < this.options.channels; index++) {
      const dir = path.join(this.dir, String(index));
      await mkdir(dir);
      const control = this.options.controlPort + index;
      await writeFile(
        path.join(dir, "config"),
        [
          `sip_listen ${host}:${this.options.sipPort + 2 * index}`,
          "sip_trans_def udp",
          `module_path ${this.options.modulePath ?? "/usr/lib/baresip/modules"}`,
          "module g711.so",
          "module aubridge.so",
          "module aufile.so",
          "audio_player aubridge,x",
          "audio_source aubridge,x",
          "audio_alert aubridge,x",
          "module_app account.so",
          "module_app menu.so",
          "module_app ctrl_tcp.so",
          `ctrl_tcp_listen ${host}:${control}`,
          "",
        ].join("\n"),
      );
      await writeFile(path.join(dir, "accounts"), `<sip:dialer${index}@${host}>;regint=0\n`);
      const child = spawn(this.options.binary ?? "baresip", ["-f", dir], { stdio: ["ignore", "ignore", "ignore"] });
      const socket = await connectWithRetry(host, control);
      const channel: Channel = {
        index,
        process: child,
        socket,
        callId: null,
        tenantId: null,
        established: false,
        timedOut: false,
        ringTimer: null,
        playTimer: null,
        buffer: "",
      };
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => this.receive(channel, chunk));
      socket.on("error", () => undefined);
      child.on("exit", () => {
        if (!this.closing && channel.callId) this.finish(channel, "failed");
      });
      this.channels.push(channel);
    }
  }

  private receive(channel: Channel, chunk: string): void {
    channel.buffer += chunk;
    for (;;) {
      const colon = channel.buffer.indexOf(":");
      if (colon < 0) return;
      const length = Number(channel.buffer.slice(0, colon));
      if (channel.buffer.length < colon + 1 + length + 1) return;
      const payload = channel.buffer.slice(colon + 1, colon + 1 + length);
      channel.buffer = channel.buffer.slice(colon + 1 + length + 1);
      let message: { event?: boolean; type?: string; param?: string };
      try {
        message = JSON.parse(payload);
      } catch {
        continue;
      }
      if (message.event) this.onBaresipEvent(channel, message.type ?? "", message.param ?? "");
    }
  }

  private onBaresipEvent(channel: Channel, type: string, param: string): void {
    const { callId, tenantId } = channel;
    if (!callId || !tenantId) return;
    if (type === "CALL_RINGING") void this.handler?.({ type: "ringing", callId, tenantId });
    if (type === "CALL_ESTABLISHED") {
      channel.established = true;
      if (channel.ringTimer) clearTimeout(channel.ringTimer);
      void this.handler?.({ type: "answered", callId, tenantId, by: "human" });
    }
    if (type === "CALL_CLOSED") this.finish(channel, channel.established ? "hangup" : causeOf(param, channel.timedOut));
  }

  private finish(channel: Channel, cause: EndCause): void {
    const { callId, tenantId } = channel;
    if (channel.ringTimer) clearTimeout(channel.ringTimer);
    if (channel.playTimer) {
      // The recording was the source of this call only: the next call starts on the bridge again.
      clearTimeout(channel.playTimer);
      channel.playTimer = null;
      this.send(channel, "ausrc", "aubridge,x");
    }
    channel.callId = null;
    channel.tenantId = null;
    channel.established = false;
    channel.timedOut = false;
    channel.ringTimer = null;
    if (callId && tenantId) void this.handler?.({ type: "ended", callId, tenantId, cause });
  }

  private send(channel: Channel, command: string, params?: string): void {
    this.token++;
    channel.socket.write(netstring({ command, ...(params === undefined ? {} : { params }), token: `t${this.token}` }));
  }

  async originate(request: OriginateRequest): Promise<void> {
    const channel = this.channels.find((c) => c.callId === null);
    if (!channel) throw new Error("Sin canales SIP libres");
    channel.callId = request.callId;
    channel.tenantId = request.tenantId;
    channel.ringTimer = setTimeout(() => {
      channel.timedOut = true;
      this.send(channel, "hangup");
    }, request.ringTimeoutSeconds * 1000);
    channel.ringTimer.unref();
    this.send(channel, "dial", this.options.uriFor(request.to));
  }

  async bridge(_callId: string, _agentUserId: string): Promise<void> {}

  async playAndHangUp(callId: string, _message: string): Promise<void> {
    const channel = this.channels.find((c) => c.callId === callId);
    if (!channel) return;
    if (!this.safeHarbour) return this.hangUp(callId);
    this.send(channel, "ausrc", `aufile,${this.safeHarbour.file}`);
    channel.playTimer = setTimeout(() => this.send(channel, "hangup"), Math.ceil(this.safeHarbour.seconds * 1000) + 250);
    channel.playTimer.unref();
  }

  async hangUp(callId: string): Promise<void> {
    const channel = this.channels.find((c) => c.callId === callId);
    if (channel) this.send(channel, "hangup");
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const channel of this.channels) {
      if (channel.ringTimer) clearTimeout(channel.ringTimer);
      if (channel.playTimer) clearTimeout(channel.playTimer);
      channel.socket.destroy();
      if (channel.process.exitCode === null && channel.process.pid) {
        const exited = new Promise((done) => channel.process.once("exit", done));
        process.kill(channel.process.pid, "SIGTERM");
        await exited;
      }
    }
    this.channels = [];
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }
}

async function connectWithRetry(host: string, port: number, attempts = 100): Promise<net.Socket> {
  for (let i = 0; ; i++) {
    try {
      return await new Promise<net.Socket>((resolve, reject) => {
        const socket = net.connect(port, host);
        socket.once("connect", () => resolve(socket));
        socket.once("error", reject);
      });
    } catch (error) {
      if (i >= attempts) throw error;
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}
