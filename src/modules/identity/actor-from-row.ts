import type { Actor } from "../../platform/context.js";
import type { ActorRow } from "./repo.js";

export function actorFromRow(row: ActorRow, via: Actor["via"]): Actor {
  return {
    tenantId: row.tenant_id,
    userId: row.user_id,
    email: row.email,
    fullName: row.full_name,
    roles: row.roles,
    permissions: new Set(row.permissions),
    via,
  };
}
