import { type ApiBody, type ApiResponse, client, unwrap } from "../../../api/client";

/** The logged-in user as GET /api/auth/session and POST /api/auth/login return it. */
export type Session = ApiResponse<"/api/auth/session">;
export type Credentials = ApiBody<"/api/auth/login">;

export const fetchSession = (signal?: AbortSignal) => unwrap(client.GET("/api/auth/session", { signal }));
export const logIn = (credentials: Credentials) => unwrap(client.POST("/api/auth/login", { body: credentials }));
export const logOut = () => unwrap(client.POST("/api/auth/logout"));
