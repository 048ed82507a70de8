import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { hashPassword } from "../passwords.js";
import {
  countOtherActiveHolders,
  knownRoles,
  lockUser,
  type ManagedUserRow,
  replaceUserRoles,
  revokeUserSessions,
  rolesGrant,
  setUserActive,
  setUserPassword,
  updateUserName,
} from "../repo.js";
import { passwordProblem, sameRoles } from "../rules.js";

/**
 * An administrator's changes to another user: name and roles, deactivation and reactivation, a new
 * password. Each takes the tenant's user-administration lock and the user's row first, so two
 * administrators acting at once are serialised by the database. A change that would leave the tenant without an active user who can manage users is refused:
 * nobody could undo it from the product.
 */

const MANAGE = "users:manage";

export interface UpdateUserInput {
  fullName: string;
  roles: string[];
}

/** Whether the change ends the user's sessions (the caller announces it to every instance once committed). */
export interface UserChange {
  credentialsChanged: boolean;
}

async function target(ctx: CommandContext, userId: string): Promise<ManagedUserRow> {
  const user = await lockUser(ctx.tx, ctx.actor.tenantId, userId);
  if (!user) throw new AppError("NOT_FOUND", "Usuario no encontrado");
  return user;
}

async function refuseLastManager(ctx: CommandContext, user: ManagedUserRow, detail: string): Promise<void> {
  if ((await countOtherActiveHolders(ctx.tx, user.id, MANAGE)) === 0) throw new AppError("CONFLICT", detail);
}

export async function updateUser(userId: string, input: UpdateUserInput, ctx: CommandContext): Promise<UserChange> {
  const fullName = input.fullName.trim();
  if (fullName.length === 0) throw new AppError("VALIDATION_FAILED", "Escriba el nombre completo", { field: "fullName" });
  const roles = [...new Set(input.roles)];
  if (roles.length === 0) throw new AppError("VALIDATION_FAILED", "Asigne al menos un rol", { field: "roles" });
  const known = new Set(await knownRoles(ctx.tx));
  const unknown = roles.filter((role) => !known.has(role));
  if (unknown.length > 0) throw new AppError("UNKNOWN_ROLE", `Rol desconocido: ${unknown.join(", ")}`, { field: "roles" });
  const user = await target(ctx, userId);
  const rolesChanged = !sameRoles(user.roles, roles);
  if (
    rolesChanged &&
    user.is_active &&
    (await rolesGrant(ctx.tx, user.roles, MANAGE)) &&
    !(await rolesGrant(ctx.tx, roles, MANAGE))
  ) {
    await refuseLastManager(ctx, user, "No se pueden quitar estos roles: es el único usuario activo que administra usuarios");
  }
  if (fullName === user.full_name && !rolesChanged) return { credentialsChanged: false };
  await updateUserName(ctx.tx, user.id, fullName);
  if (rolesChanged) await replaceUserRoles(ctx.tx, ctx.actor.tenantId, user.id, roles);
  await recordEvent(ctx, {
    subjectType: "user",
    subjectId: user.id,
    action: "user_updated",
    before: { fullName: user.full_name, roles: user.roles },
    after: { fullName, roles },
  });
  // New roles mean new permissions: cached actors of this user must be read again.
  return { credentialsChanged: rolesChanged };
}

export async function setActive(userId: string, isActive: boolean, ctx: CommandContext): Promise<UserChange> {
  const user = await target(ctx, userId);
  if (user.is_active === isActive) {
    throw new AppError("CONFLICT", isActive ? "El usuario ya está activo" : "El usuario ya está desactivado");
  }
  if (!isActive) {
    if (user.id === ctx.actor.userId) throw new AppError("CONFLICT", "No puede desactivar su propia cuenta");
    if (await rolesGrant(ctx.tx, user.roles, MANAGE)) {
      await refuseLastManager(ctx, user, "No se puede desactivar: es el único usuario activo que administra usuarios");
    }
  }
  await setUserActive(ctx.tx, user.id, isActive);
  const sessionsEnded = isActive ? 0 : await revokeUserSessions(ctx.tx, user.id, ctx.now);
  await recordEvent(ctx, {
    subjectType: "user",
    subjectId: user.id,
    action: isActive ? "user_activated" : "user_deactivated",
    after: isActive ? {} : { sessionsEnded },
  });
  return { credentialsChanged: !isActive };
}

/** The administrator sets a new password (told to the user outside the product); every open session ends. */
export async function resetPassword(userId: string, password: string, ctx: CommandContext): Promise<UserChange> {
  const problem = passwordProblem(password);
  if (problem) throw new AppError("VALIDATION_FAILED", problem, { field: "password" });
  const user = await target(ctx, userId);
  if (!user.is_active) throw new AppError("CONFLICT", "Reactive el usuario antes de cambiar su contraseña");
  await setUserPassword(ctx.tx, user.id, await hashPassword(password));
  const sessionsEnded = await revokeUserSessions(ctx.tx, user.id, ctx.now);
  // The password itself never reaches the timeline.
  await recordEvent(ctx, { subjectType: "user", subjectId: user.id, action: "user_password_reset", after: { sessionsEnded } });
  return { credentialsChanged: true };
}
