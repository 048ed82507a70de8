import type { Tx } from "../../../platform/db/pool.js";
import { type InstructionRow, instructionRowsFromJson, instructionsOfCaseJson } from "../../closings/index.js";
import { type DeadlineRow, deadlineRowsFromJson, deadlinesOfSubjectJson } from "../../deadlines/index.js";
import { DISPOSITIONS_KIND } from "../catalog/kinds.js";
import { CASE_COLUMNS, CASE_FROM, type CaseRow, LAST_NUMBERS } from "./repo.js";
import { type AttemptRow, DISPOSITION_COLUMNS, DISPOSITION_FROM, type DispositionRow } from "./repo-history.js";

/** How many of a case's deadlines its page shows (as listDeadlines with limit 20). */
const DEADLINES_SHOWN = 20;

/**
 * The advisor's case page in one statement: the case row (as findCase), its attempts, dispositions,
 * instructions and deadlines as JSON arrays (as listAttempts, listDispositions, listInstructionsOfCase
 * and listDeadlines), and its campaign's current catalog version number — the documents themselves come
 * from the immutable-version cache, not from this statement. $1 is the case id.
 */
export const CASE_DETAIL_SQL = `SELECT ${CASE_COLUMNS}, ${LAST_NUMBERS},
  (SELECT max(v.version) FROM catalog_versions v
    WHERE v.tenant_id = c.tenant_id AND v.kind = '${DISPOSITIONS_KIND}' AND v.scope = c.campaign) AS catalog_current_version,
  coalesce((SELECT json_agg(x ORDER BY x.seq) FROM (
    SELECT a.id, a.seq, a.attempted_at, a.dialled_number, a.result, a.note, a.recorded_by, ua.full_name AS recorded_by_name
      FROM contact_attempts a LEFT JOIN users ua ON ua.tenant_id = a.tenant_id AND ua.id = a.recorded_by
     WHERE a.tenant_id = c.tenant_id AND a.case_id = c.id) x), '[]') AS attempts_json,
  coalesce((SELECT json_agg(x ORDER BY x.seq) FROM (
    SELECT ${DISPOSITION_COLUMNS} FROM ${DISPOSITION_FROM} WHERE d.tenant_id = c.tenant_id AND d.case_id = c.id) x), '[]')
    AS dispositions_json,
  ${instructionsOfCaseJson("$1")} AS instructions_json,
  ${deadlinesOfSubjectJson("'complaint_case'", "c.id::text", DEADLINES_SHOWN)} AS deadlines_json
  FROM ${CASE_FROM} WHERE c.id = $1`;

export interface CaseDetailRows {
  row: CaseRow;
  /** The campaign's current catalog version, null when the campaign has none. */
  currentVersion: number | null;
  attempts: AttemptRow[];
  dispositions: DispositionRow[];
  instructions: InstructionRow[];
  deadlines: DeadlineRow[];
}

type Json = Array<Record<string, unknown>>;

const toDates = (rows: Json, fields: readonly string[]) => {
  for (const row of rows) for (const field of fields) if (row[field] != null) row[field] = new Date(row[field] as string);
  return rows;
};

/** One round trip for the case page (CASE_DETAIL_SQL as a prepared statement); undefined when no such case. */
export async function findCaseDetail(tx: Tx, id: string): Promise<CaseDetailRows | undefined> {
  const { rows } = await tx.query({ name: "complaint_case_detail", text: CASE_DETAIL_SQL, values: [id] });
  const found = rows[0] as
    | (CaseRow & {
        catalog_current_version: number | null;
        attempts_json: Json;
        dispositions_json: Json;
        instructions_json: Json;
        deadlines_json: Json;
      })
    | undefined;
  if (!found) return undefined;
  const { catalog_current_version, attempts_json, dispositions_json, instructions_json, deadlines_json, ...row } = found;
  return {
    row: row as CaseRow,
    currentVersion: catalog_current_version,
    attempts: toDates(attempts_json, ["attempted_at"]) as unknown as AttemptRow[],
    dispositions: toDates(dispositions_json, ["callback_at", "decided_at"]) as unknown as DispositionRow[],
    instructions: instructionRowsFromJson(instructions_json),
    deadlines: deadlineRowsFromJson(deadlines_json),
  };
}
