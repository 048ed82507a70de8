import type { CommandContext } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { type ApiTokenRow, insertApiToken, revokeApiToken } from "../repo.js";
import { API_TOKEN_PREFIX, newSecret, secretHash } from "../tokens.js";

/** Issues an API token for the actor; the secret is returned once and only its hash is kept. */
export async function createApiToken(input: { name: string }, ctx: CommandContext): Promise<{ token: string; row: ApiTokenRow }> {
  if (!ctx.actor.userId) throw new AppError("FORBIDDEN", "Solo un usuario puede tener tokens");
  const token = newSecret(API_TOKEN_PREFIX);
  const row = await insertApiToken(ctx.tx, {
    tenantId: ctx.actor.tenantId,
    userId: ctx.actor.userId,
    name: input.name,
    tokenHash: secretHash(token),
  });
  await recordEvent(ctx, {
    subjectType: "user",
    subjectId: ctx.actor.userId,
    action: "api_token_created",
    after: { name: input.name },
  });
  return { token, row };
}

export async function revokeOwnApiToken(tokenId: string, ctx: CommandContext): Promise<void> {
  if (!ctx.actor.userId || !(await revokeApiToken(ctx.tx, ctx.actor.userId, tokenId, ctx.now))) {
    throw new AppError("NOT_FOUND", "Token no encontrado o ya revocado");
  }
  await recordEvent(ctx, { subjectType: "user", subjectId: ctx.actor.userId, action: "api_token_revoked", after: { tokenId } });
}
