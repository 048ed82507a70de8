/** The cookie that carries a browser session token. */
export const SESSION_COOKIE = "fz_session";
