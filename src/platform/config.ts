import path from "node:path";

/** Runtime settings, read once from the environment. Every variable is documented in the README. */
export interface Config {
  port: number;
  host: string;
  /** A server PostgreSQL URL; when absent the embedded server is started from DATA_DIR. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPort: number;
  /** Pool size per process. */
  poolSize: number;
  sessionTtlHours: number;
  /** Login attempts per minute and client IP, on top of the per-account lockout. */
  loginRateLimitPerMinute: number;
  /** Secure cookies need HTTPS; off for plain-HTTP local runs. */
  cookieSecure: boolean;
  logLevel: string;
  importMaxBytes: number;
  importMaxUncompressedBytes: number;
  importMaxEntries: number;
  /** Data rows one imported file may have (IMPORT_MAX_ROWS). */
  importMaxRows: number;
  /** Whether this process runs the job worker (timers, deadlines). */
  runWorker: boolean;
  /** The outbound dialer's phone system (DIALER_TELEPHONY): the simulator (demo, tests) or baresip on real SIP. */
  telephony: TelephonyConfig;
}

export interface TelephonyConfig {
  adapter: "simulator" | "baresip";
  /** baresip: processes (one call each), first SIP port (channel i on +2i), first ctrl_tcp port (channel i on +i). */
  sipChannels: number;
  sipPort: number;
  sipControlPort: number;
  /** baresip: the SIP URI a number is dialled at, `{number}` replaced (a trunk or PBX). */
  sipUri: string;
  /** baresip: the WAV recording of the catalog's safe-harbour message, played on a drop. */
  safeHarbourWav: string | undefined;
}

const TELEPHONY_ADAPTERS = ["simulator", "baresip"] as const;

function telephonyFrom(env: NodeJS.ProcessEnv): TelephonyConfig {
  const adapter = env.DIALER_TELEPHONY || "simulator";
  if (!(TELEPHONY_ADAPTERS as readonly string[]).includes(adapter)) {
    throw new Error(`DIALER_TELEPHONY debe ser simulator o baresip (recibido: ${adapter})`);
  }
  const sipUri = env.DIALER_SIP_URI ?? "sip:{number}@127.0.0.1:5060";
  if (!sipUri.includes("{number}")) throw new Error(`DIALER_SIP_URI debe contener {number} (recibido: ${sipUri})`);
  return {
    adapter: adapter as TelephonyConfig["adapter"],
    sipChannels: intFrom("DIALER_SIP_CHANNELS", 4),
    sipPort: intFrom("DIALER_SIP_PORT", 5160),
    sipControlPort: intFrom("DIALER_SIP_CONTROL_PORT", 4444),
    sipUri,
    safeHarbourWav: env.DIALER_SAFE_HARBOUR_WAV || undefined,
  };
}

function intFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} debe ser un entero positivo (recibido: ${raw})`);
  return value;
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const env = process.env;
  return {
    port: intFrom("PORT", 3000),
    host: env.HOST ?? "0.0.0.0",
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? "./data"),
    embeddedPort: intFrom("EMBEDDED_PG_PORT", 54329),
    poolSize: intFrom("DB_POOL_SIZE", 16),
    sessionTtlHours: intFrom("SESSION_TTL_HOURS", 12),
    loginRateLimitPerMinute: intFrom("LOGIN_RATE_LIMIT_PER_MINUTE", 20),
    cookieSecure: env.COOKIE_SECURE === "true",
    logLevel: env.LOG_LEVEL ?? "info",
    importMaxBytes: intFrom("IMPORT_MAX_BYTES", 200 * 1024 * 1024),
    importMaxUncompressedBytes: intFrom("IMPORT_MAX_UNCOMPRESSED_BYTES", 1024 * 1024 * 1024),
    importMaxEntries: intFrom("IMPORT_MAX_ENTRIES", 2000),
    importMaxRows: intFrom("IMPORT_MAX_ROWS", 2_000_000),
    runWorker: env.RUN_WORKER !== "false",
    telephony: telephonyFrom(env),
    ...overrides,
  };
}
