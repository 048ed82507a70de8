import type { Tx } from "../../../platform/db/pool.js";
import type { AttemptResult } from "./rules.js";

/** SQL of a case's history: its contact attempts and every disposition set on it (both append-only). */

export interface NewAttempt {
  caseId: string;
  seq: number;
  attemptedAt: Date;
  dialledNumber: string;
  result: AttemptResult;
  note: string | null;
  recordedBy: string | null;
}

export async function insertAttempt(tx: Tx, attempt: NewAttempt): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO contact_attempts (tenant_id, case_id, seq, attempted_at, dialled_number, result, note, recorded_by)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [attempt.caseId, attempt.seq, attempt.attemptedAt, attempt.dialledNumber, attempt.result, attempt.note, attempt.recordedBy],
  );
  return rows[0]!.id;
}

export interface AttemptRow {
  id: string;
  seq: number;
  attempted_at: Date;
  dialled_number: string;
  result: AttemptResult;
  note: string | null;
  recorded_by: string | null;
  recorded_by_name: string | null;
}

export async function listAttempts(tx: Tx, caseId: string): Promise<AttemptRow[]> {
  const { rows } = await tx.query<AttemptRow>(
    `SELECT a.id, a.seq, a.attempted_at, a.dialled_number, a.result, a.note, a.recorded_by, u.full_name AS recorded_by_name
       FROM contact_attempts a LEFT JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.recorded_by
      WHERE a.case_id = $1 ORDER BY a.seq`,
    [caseId],
  );
  return rows;
}

export type DispositionKind = "manual" | "automatic" | "correction";

export interface NewDisposition {
  caseId: string;
  kind: DispositionKind;
  supersedesId: string | null;
  stateCode: string;
  motiveCode: string;
  isFinal: boolean;
  catalogVersion: number;
  benefitsScope: string | null;
  benefitsVersion: number | null;
  benefitCodes: string[];
  fields: Record<string, unknown>;
  generatedNote: string;
  note: string;
  callbackAt: Date | null;
  decidedBy: string | null;
  decidedAt: Date;
}

/** Appends a disposition as the case's next one (its seq follows the last; the case is locked by the caller). */
export async function insertDisposition(tx: Tx, d: NewDisposition): Promise<{ id: string; seq: number }> {
  const { rows } = await tx.query<{ id: string; seq: number }>(
    `INSERT INTO case_dispositions (tenant_id, case_id, seq, kind, supersedes_id, state_code, motive_code, is_final, catalog_version,
                                    benefits_scope, benefits_version, benefit_codes, fields, generated_note, note, callback_at,
                                    decided_by, decided_at)
     SELECT current_tenant_id(), $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16
       FROM case_dispositions WHERE case_id = $1
     RETURNING id, seq`,
    [
      d.caseId,
      d.kind,
      d.supersedesId,
      d.stateCode,
      d.motiveCode,
      d.isFinal,
      d.catalogVersion,
      d.benefitsScope,
      d.benefitsVersion,
      d.benefitCodes,
      JSON.stringify(d.fields),
      d.generatedNote,
      d.note,
      d.callbackAt,
      d.decidedBy,
      d.decidedAt,
    ],
  );
  return rows[0]!;
}

export interface DispositionRow {
  id: string;
  seq: number;
  kind: DispositionKind;
  supersedes_id: string | null;
  state_code: string;
  motive_code: string;
  is_final: boolean;
  catalog_version: number;
  benefits_version: number | null;
  fields: Record<string, unknown>;
  generated_note: string;
  note: string;
  callback_at: Date | null;
  decided_by: string | null;
  decided_by_name: string | null;
  decided_at: Date;
}

export const DISPOSITION_COLUMNS = `d.id, d.seq, d.kind, d.supersedes_id, d.state_code, d.motive_code, d.is_final, d.catalog_version,
  d.benefits_version, d.fields, d.generated_note, d.note, d.callback_at, d.decided_by, u.full_name AS decided_by_name, d.decided_at`;
export const DISPOSITION_FROM = "case_dispositions d LEFT JOIN users u ON u.tenant_id = d.tenant_id AND u.id = d.decided_by";

export async function listDispositions(tx: Tx, caseId: string): Promise<DispositionRow[]> {
  const { rows } = await tx.query<DispositionRow>(
    `SELECT ${DISPOSITION_COLUMNS} FROM ${DISPOSITION_FROM} WHERE d.case_id = $1 ORDER BY d.seq`,
    [caseId],
  );
  return rows;
}
