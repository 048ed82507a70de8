import { api } from "../../../api/client";

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** POST /api/tokens: `token` is the secret, returned this one time only. */
export interface CreatedToken {
  token: string;
  apiToken: ApiToken;
}

export const TOKENS_PATH = "/api/tokens";

export const createToken = (name: string) => api.post<CreatedToken>(TOKENS_PATH, { name });
export const revokeToken = (id: string) => api.delete<{ ok: true }>(`${TOKENS_PATH}/${encodeURIComponent(id)}`);
