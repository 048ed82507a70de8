import { type ApiBody, type ApiResponse, client, unwrap } from "../../../api/client";

export type User = ApiResponse<"/api/users">[number];
/** A role of the tenant's catalog, named in both UI languages. */
export type Role = ApiResponse<"/api/roles">[number];
type NewUser = ApiBody<"/api/users">;

export const createUser = (input: NewUser) => unwrap(client.POST("/api/users", { body: input }));
