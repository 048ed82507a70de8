import type { Actor } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/pool.js";
import { recordEvent } from "../../../platform/timeline/record-event.js";
import { revokeSession } from "../repo.js";
import { secretHash } from "../tokens.js";

/** Ends a browser session; the caller tells other instances to drop it from their caches. */
export async function logout(db: Db, actor: Actor, sessionToken: string, now: Date): Promise<void> {
  await db.system(async (tx) => {
    const revoked = await revokeSession(tx, secretHash(sessionToken), now);
    if (revoked) await recordEvent({ tx, actor, now }, { subjectType: "user", subjectId: revoked.user_id, action: "logout" });
  });
}
