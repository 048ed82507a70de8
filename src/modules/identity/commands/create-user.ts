import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { hashPassword } from "../passwords.js";
import { insertUser, insertUserRoles, knownRoles } from "../repo.js";
import { isValidEmail, normalizeEmail, passwordProblem } from "../rules.js";

export interface CreateUserInput {
  email: string;
  fullName: string;
  password: string;
  roles: string[];
}

/** Adds a user to the actor's tenant with the given roles (each must exist in the role catalog). */
export async function createUser(input: CreateUserInput, ctx: CommandContext): Promise<{ id: string }> {
  const email = normalizeEmail(input.email);
  if (!isValidEmail(email)) throw new AppError("VALIDATION_FAILED", `Correo inválido: ${input.email}`, { field: "email" });
  const passwordRefusal = passwordProblem(input.password);
  if (passwordRefusal) throw new AppError("VALIDATION_FAILED", passwordRefusal, { field: "password" });
  if (input.roles.length === 0) throw new AppError("VALIDATION_FAILED", "Asigne al menos un rol", { field: "roles" });
  const known = new Set(await knownRoles(ctx.tx));
  const unknown = input.roles.filter((role) => !known.has(role));
  if (unknown.length > 0) {
    throw new AppError("UNKNOWN_ROLE", `Rol desconocido: ${unknown.join(", ")}. Roles válidos: ${[...known].join(", ")}`, {
      field: "roles",
    });
  }
  const passwordHash = await hashPassword(input.password);
  // A taken email is refused by users_email_key (DUPLICATE, see repo.ts).
  const id = await insertUser(ctx.tx, { tenantId: ctx.actor.tenantId, email, fullName: input.fullName, passwordHash });
  await insertUserRoles(ctx.tx, ctx.actor.tenantId, id, input.roles);
  await recordEvent(ctx, {
    subjectType: "user",
    subjectId: id,
    action: "user_created",
    after: { email, fullName: input.fullName, roles: input.roles },
  });
  return { id };
}
