/** SQL fragments shared by the work-order writes (repo.ts) and reads (queries.ts). */

/** The order's columns with its deadline's due instant, at-risk instant and status. */
export const ORDER = "o.*, d.due_at, d.at_risk_at, d.status AS deadline_status";
export const WITH_DEADLINE = "JOIN deadlines d ON d.tenant_id = o.tenant_id AND d.id = o.deadline_id";
