import { type ApiBody, type ApiResponse, client, unwrap } from "../../../api/client";

export type User = ApiResponse<"/api/users">["items"][number];
/** A role of the tenant's catalog, named in both UI languages. */
export type Role = ApiResponse<"/api/roles">[number];
type NewUser = ApiBody<"/api/users">;
type UserChange = ApiBody<"/api/users/{id}", "patch">;

export const createUser = (input: NewUser) => unwrap(client.POST("/api/users", { body: input }));

export const updateUser = (id: string, change: UserChange) =>
  unwrap(client.PATCH("/api/users/{id}", { params: { path: { id } }, body: change }));

export const deactivateUser = (id: string) => unwrap(client.POST("/api/users/{id}/deactivate", { params: { path: { id } } }));

export const activateUser = (id: string) => unwrap(client.POST("/api/users/{id}/activate", { params: { path: { id } } }));

export const resetUserPassword = (id: string, password: string) =>
  unwrap(client.POST("/api/users/{id}/password", { params: { path: { id } }, body: { password } }));
