import { type ApiResponse, client, unwrap } from "../../../api/client";

export type ApiToken = ApiResponse<"/api/tokens">[number];
/** POST /api/tokens: `token` is the secret, returned this one time only. */
export type CreatedToken = ApiResponse<"/api/tokens", "post">;

export const createToken = (name: string) => unwrap(client.POST("/api/tokens", { body: { name } }));
export const revokeToken = (id: string) => unwrap(client.DELETE("/api/tokens/{id}", { params: { path: { id } } }));
