import type { FastifyReply } from "fastify";

/** The cookie that carries a browser session token. */
export const SESSION_COOKIE = "fz_session";

/**
 * The session cookie is read and written here, not by the cookie plugin: the plugin adds an onSend hook
 * to every reply of the API for the two routes that set a cookie (login, logout), and this one cookie
 * (a URL-safe token) needs no general parser.
 */
export function readSessionCookie(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at === -1 || part.slice(0, at).trim() !== SESSION_COOKIE) continue;
    let value = part.slice(at + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value) || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function setSessionCookie(reply: FastifyReply, token: string, options: { secure: boolean; expires: Date }): void {
  reply.header(
    "set-cookie",
    `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; Expires=${options.expires.toUTCString()}; HttpOnly; SameSite=Lax${options.secure ? "; Secure" : ""}`,
  );
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.header("set-cookie", `${SESSION_COOKIE}=; Max-Age=0; Path=/; Expires=${new Date(0).toUTCString()}`);
}
