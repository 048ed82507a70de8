import { api } from "../../../api/client";

/** The logged-in user as GET /api/auth/session and POST /api/auth/login return it. */
export interface Session {
  userId: string | null;
  tenantId: string;
  email: string;
  fullName: string;
  roles: string[];
  permissions: string[];
  csrfToken: string | null;
}

export interface Credentials {
  email: string;
  password: string;
}

export const fetchSession = (signal?: AbortSignal) => api.get<Session>("/api/auth/session", signal);
export const logIn = (credentials: Credentials) => api.post<Session>("/api/auth/login", credentials);
export const logOut = () => api.post<{ ok: true }>("/api/auth/logout");
