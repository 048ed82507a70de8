import { api } from "../../../api/client";

export interface User {
  id: string;
  email: string;
  fullName: string;
  isActive: boolean;
  roles: string[];
  lockedUntil: string | null;
  lastLoginAt: string | null;
}

/** A role of the tenant's catalog, named in both UI languages. */
export interface Role {
  code: string;
  nameEs: string;
  nameEn: string;
  permissions: string[];
}

export interface NewUser {
  email: string;
  fullName: string;
  password: string;
  roles: string[];
}

export const USERS_PATH = "/api/users";
export const ROLES_PATH = "/api/roles";

export const createUser = (input: NewUser) => api.post<{ id: string }>(USERS_PATH, input);
