import type { Db } from "../../../platform/db/pool.js";
import { AUTH_CHANNEL } from "../authenticate.js";
import { notifyCredentialsChanged } from "../repo.js";

/**
 * Tells every instance (each LISTENs on AUTH_CHANNEL) to drop a user's cached sessions and tokens, or
 * everyone's when there is no user. Called once the logout or token revocation has committed.
 */
export async function announceCredentialsChange(db: Db, userId: string | null): Promise<void> {
  await notifyCredentialsChanged(db, AUTH_CHANNEL, userId ?? "*");
}
