import type pg from "pg";

/** The volume the indicators of the manager's dashboard read: issue 13 asks 5,000,000 interactions and 50,000 cases a month. */
export interface DashboardVolume {
  /** Dialer records dialled (contact_records with attempts), spread over the months. */
  interactions: number;
  /** Cases a month, split over the modules whose indicators read cases (see CASE_SHARES). */
  casesPerMonth: number;
  months: number;
}

/** How the monthly cases are split: campaign complaints (seed 003), retention (000), service requests (001), adjustments (004). */
export const CASE_SHARES = { complaints: 0.4, retention: 0.2, serviceRequests: 0.2, adjustments: 0.2 } as const;
const CAMPAIGNS = 50;
const AGENTS = 200;

/**
 * Writes the volume set-based in SQL (generate_series, triggers and foreign-key checks off, numbers given), as old
 * history spread evenly over the last `months` months before now. Not through the commands: the dashboard only reads.
 * `customers` are the tenant's (seed-scale) customers; a record's campaign × customer pair is unique, so
 * interactions ≤ 50 × customers.
 */
export async function writeDashboardVolume(
  admin: pg.Client,
  tenantId: string,
  volume: DashboardVolume,
  log: (line: string) => void,
): Promise<Record<string, number>> {
  const span = `${volume.months} months`;
  const cases = (share: number) => Math.round(volume.casesPerMonth * volume.months * share);
  const timed: Record<string, number> = {};
  const step = async (name: string, sql: string, params: unknown[]) => {
    const started = performance.now();
    await admin.query(sql, params);
    timed[name] = (performance.now() - started) / 1000;
    log(`    ${name}: ${timed[name]!.toFixed(1)} s`);
  };
  await admin.query("SET session_replication_role = replica");
  await admin.query("SET synchronous_commit = off");
  await admin.query(
    `CREATE TEMP TABLE bench_customers AS
       SELECT c.id AS customer_id, (SELECT p.id FROM products p WHERE p.tenant_id = c.tenant_id AND p.customer_id = c.id LIMIT 1) AS product_id,
              row_number() OVER (ORDER BY c.id) - 1 AS n
         FROM customers c WHERE c.tenant_id = $1`,
    [tenantId],
  );
  await admin.query("DELETE FROM bench_customers WHERE product_id IS NULL");
  await admin.query(
    "CREATE TEMP TABLE bench_cust AS SELECT customer_id, product_id, row_number() OVER () - 1 AS n FROM bench_customers",
  );
  await admin.query("CREATE INDEX ON bench_cust (n)");
  const customerCount = Number((await admin.query("SELECT count(*) AS c FROM bench_cust")).rows[0].c);
  if (volume.interactions > customerCount * CAMPAIGNS) {
    throw new Error(
      `${volume.interactions} interacciones necesitan al menos ${Math.ceil(volume.interactions / CAMPAIGNS)} clientes`,
    );
  }
  await step(
    "users, teams, employment, shifts",
    `WITH t AS (INSERT INTO teams (tenant_id, id, name) SELECT $1, gen_random_uuid(), 'Equipo ' || i FROM generate_series(1, 10) i RETURNING id),
          tn AS (SELECT id, row_number() OVER () - 1 AS n FROM t),
          u AS (INSERT INTO users (tenant_id, id, email, full_name, password_hash, team_id)
                SELECT $1, gen_random_uuid(), 'agente' || i || '@bench.fideliza.co', 'Agente ' || i, 'x', tn.id
                  FROM generate_series(0, $2::int - 1) i JOIN tn ON tn.n = i % 10 RETURNING id, team_id),
          e AS (INSERT INTO agent_employment (tenant_id, agent_user_id, hired_on, left_on, updated_at)
                SELECT $1, u.id, (now() - interval '2 years')::date,
                       CASE WHEN row_number() OVER () % 20 = 0 THEN (now() - random() * interval '${span}')::date END, now() FROM u RETURNING agent_user_id)
     INSERT INTO roster_shifts (tenant_id, agent_user_id, shift_date, starts_at, ends_at, attendance, absence_reason, updated_at)
     SELECT $1, u.id, d::date, '08:00', '17:00', CASE WHEN random() < 0.05 THEN 'absent' ELSE 'present' END, NULL, now()
       FROM u CROSS JOIN generate_series(now() - interval '${span}', now(), interval '1 day') d
      WHERE extract(isodow FROM d) < 6 AND (SELECT count(*) FROM e) > 0`,
    [tenantId, AGENTS],
  );
  await admin.query("UPDATE roster_shifts SET absence_reason = 'Incapacidad' WHERE tenant_id = $1 AND attendance = 'absent'", [
    tenantId,
  ]);
  await admin.query(
    "CREATE TEMP TABLE bench_agents AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM users WHERE tenant_id = $1 AND email LIKE 'agente%'",
    [tenantId],
  );
  await step(
    "campaigns",
    `INSERT INTO outbound_campaigns (tenant_id, id, code, name, policy_scope)
     SELECT $1, gen_random_uuid(), 'camp-' || i, 'Campaña ' || i, 'default' FROM generate_series(0, $2::int - 1) i`,
    [tenantId, CAMPAIGNS],
  );
  await admin.query(
    "CREATE TEMP TABLE bench_campaigns AS SELECT id, code, row_number() OVER (ORDER BY code) - 1 AS n FROM outbound_campaigns WHERE tenant_id = $1",
    [tenantId],
  );
  // Indexes built once after the load rather than row by row (the primary key stays: other tables reference it).
  await admin.query(`DROP INDEX contact_records_dialable_idx, contact_records_attempt_idx;
                     ALTER TABLE contact_records DROP CONSTRAINT contact_records_tenant_id_campaign_id_customer_id_key`);
  // One record per campaign × customer; its last attempt anywhere in the span, 70 % dispositioned.
  await step(
    `contact_records (${volume.interactions})`,
    `INSERT INTO contact_records (tenant_id, campaign_id, customer_id, list_type, status, attempts, last_attempt_at, last_outcome,
                                  disposition, created_at, updated_at)
     SELECT $1, k.id, c.customer_id, CASE WHEN g.i % 3 = 0 THEN 'cancelaciones' ELSE 'fidelizacion' END,
            CASE WHEN g.r < 0.7 THEN 'closed' ELSE 'exhausted' END, 1 + g.i % 4, g.at, 'answered',
            CASE WHEN g.r < 0.7 THEN jsonb_build_object('dispositionCode', CASE WHEN g.r < 0.3 THEN 'retenido' ELSE 'no_retenido' END,
                                                          'resolution', CASE WHEN g.r < 0.5 THEN 'first_contact' ELSE 'follow_up' END) END,
            g.at, g.at
       FROM (SELECT i, random() AS r, now() - random() * interval '${span}' AS at FROM generate_series(0, $2::bigint - 1) i) g
       JOIN bench_campaigns k ON k.n = g.i % $3
       JOIN bench_cust c ON c.n = g.i / $3`,
    [tenantId, volume.interactions, CAMPAIGNS],
  );
  await step(
    "contact_records indexes",
    `ALTER TABLE contact_records ADD CONSTRAINT contact_records_tenant_id_campaign_id_customer_id_key UNIQUE (tenant_id, campaign_id, customer_id);
     CREATE INDEX contact_records_dialable_idx ON contact_records (tenant_id, campaign_id, status, priority, next_attempt_at NULLS FIRST);
     CREATE INDEX contact_records_attempt_idx ON contact_records (tenant_id, last_attempt_at) WHERE last_attempt_at IS NOT NULL`,
    [],
  );
  // The dialer's day counters the trigger keeps (off above), as migration 0070 computes them.
  await step(
    "contact_record_day_counts",
    `INSERT INTO contact_record_day_counts (tenant_id, day, campaign_id, list_type, managed, contacted, dispositioned, retained,
                                           first_contact)
     SELECT r.tenant_id, (r.last_attempt_at AT TIME ZONE t.timezone)::date, r.campaign_id, r.list_type,
            count(*) FILTER (WHERE r.attempts > 0), count(*) FILTER (WHERE r.attempts > 0 AND r.disposition IS NOT NULL),
            count(*) FILTER (WHERE r.disposition IS NOT NULL),
            count(*) FILTER (WHERE r.disposition->>'dispositionCode' = 'retenido'),
            count(*) FILTER (WHERE r.disposition->>'resolution' = 'first_contact')
       FROM contact_records r JOIN tenants t ON t.id = r.tenant_id
      WHERE r.tenant_id = $1 AND r.last_attempt_at IS NOT NULL
      GROUP BY 1, 2, 3, 4`,
    [tenantId],
  );
  const complaints = cases(CASE_SHARES.complaints);
  await step(
    `complaint_cases, dispositions, closings, deadlines (${complaints})`,
    `WITH g AS (SELECT i, gen_random_uuid() AS case_id, gen_random_uuid() AS disposition_id, gen_random_uuid() AS closing_id,
                       gen_random_uuid() AS deadline_id, now() - random() * interval '${span}' AS at, random() AS r
                  FROM generate_series(0, $2::int - 1) i),
          cc AS (INSERT INTO complaint_cases (tenant_id, id, campaign, complaint_number, customer_id, product_id, reason, received_at,
                                              status, attempts, last_attempt_at, current_disposition_id, state_code, motive_code,
                                              catalog_version, finished_at, created_at, updated_at)
                 SELECT $1, g.case_id, 'camp-' || (g.i % 20), 'Q' || g.i, c.customer_id, c.product_id, 'Reclamo', g.at - interval '3 days',
                        'finished', 1 + g.i % 5, g.at, g.disposition_id, CASE WHEN g.r < 0.6 THEN 'ATENDIDO' ELSE 'ANULADO' END, 'M1', 1,
                        g.at, g.at - interval '3 days', g.at
                   FROM g JOIN bench_cust c ON c.n = g.i % $3 RETURNING 1),
          cd AS (INSERT INTO case_dispositions (tenant_id, id, case_id, seq, kind, state_code, motive_code, is_final, catalog_version,
                                                generated_note, note, decided_by, decided_at)
                 SELECT $1, g.disposition_id, g.case_id, 1, 'manual', CASE WHEN g.r < 0.6 THEN 'ATENDIDO' ELSE 'ANULADO' END, 'M1', true, 1,
                        'Nota', 'Nota', a.id, g.at
                   FROM g JOIN bench_agents a ON a.n = g.i % $4 RETURNING 1),
          dl AS (INSERT INTO deadlines (tenant_id, id, subject_type, subject_id, kind, rule, measure, started_at, due_at, at_risk_at,
                                        status, met_at, breached_at, created_at, updated_at)
                 SELECT $1, g.deadline_id, 'closing_instruction', g.closing_id::text, 'closing', '{"amount":2,"unit":"business_days"}',
                        'business', g.at, g.at + interval '2 days', g.at + interval '1 day',
                        CASE WHEN g.r < 0.9 THEN 'met' ELSE 'breached' END,
                        CASE WHEN g.r < 0.9 THEN g.at + interval '1 day' END, CASE WHEN g.r >= 0.9 THEN g.at + interval '2 days' END,
                        g.at, g.at
                   FROM g RETURNING 1)
     INSERT INTO closing_instructions (tenant_id, id, case_id, disposition_id, instruction_version, campaign, complaint_number, action,
                                       due_at, deadline_id, note, status, created_at)
     SELECT $1, g.closing_id, g.case_id, g.disposition_id, 1, 'camp-' || (g.i % 20), 'Q' || g.i,
            CASE WHEN g.r < 0.6 THEN 'ATENDIDO' ELSE 'ANULADO' END, g.at + interval '2 days', g.deadline_id, 'Cierre', 'ready', g.at
       FROM g WHERE (SELECT count(*) FROM cc) > 0 AND (SELECT count(*) FROM cd) > 0 AND (SELECT count(*) FROM dl) > 0`,
    [tenantId, complaints, customerCount, AGENTS],
  );
  const retention = cases(CASE_SHARES.retention);
  await step(
    `retention_cases (${retention})`,
    `INSERT INTO retention_cases (tenant_id, number, customer_id, product_id, team_id, state, outcome, cancellation_reason, created_at, updated_at, closed_at)
     SELECT $1, g.i + 1, c.customer_id, c.product_id, t.id, 'closed', CASE WHEN g.r < 0.4 THEN 'cancelled' ELSE 'retained' END,
            CASE WHEN g.r < 0.4 THEN 'precio' END, g.at - interval '2 days', g.at, g.at
       FROM (SELECT i, random() AS r, now() - random() * interval '${span}' AS at FROM generate_series(0, $2::int - 1) i) g
       JOIN bench_cust c ON c.n = g.i % $3
       LEFT JOIN LATERAL (SELECT id FROM teams WHERE tenant_id = $1 ORDER BY id OFFSET g.i % 10 LIMIT 1) t ON true`,
    [tenantId, retention, customerCount],
  );
  const requests = cases(CASE_SHARES.serviceRequests);
  await step(
    `service_requests (${requests})`,
    `INSERT INTO service_requests (tenant_id, number, request_type, customer_id, product_id, address, zone, seller_name, advisor_name,
                                   source, status, detected_by, probable_at, annulled_at, created_at, updated_at)
     SELECT $1, g.i + 1, 'installation', c.customer_id, c.product_id, 'Cl ' || g.i, 'Zona ' || (g.i % 40), 'Vendedor', 'Asesor', 'keyed',
            CASE WHEN g.r < 0.04 THEN 'annulled' ELSE 'assigned' END, (ARRAY['network','coc','technician'])[1 + g.i % 3], g.at,
            CASE WHEN g.r < 0.04 THEN g.at + interval '1 day' END, g.at, g.at
       FROM (SELECT i, random() AS r, now() - random() * interval '${span}' AS at FROM generate_series(0, $2::int - 1) i) g
       JOIN bench_cust c ON c.n = g.i % $3`,
    [tenantId, requests, customerCount],
  );
  const adjustments = cases(CASE_SHARES.adjustments);
  await step(
    `adjustment_rows (${adjustments})`,
    `INSERT INTO adjustment_rows (tenant_id, cut_date, filing_number, customer_id, cause_code, agent_user_id, requested_amount, status,
                                  decision, rightly_rejected, reescalations, created_at, updated_at)
     SELECT $1, g.at::date, 'F' || g.i, c.customer_id, 'A', a.id, 10000, CASE WHEN g.r < 0.7 THEN 'approved' ELSE 'rejected' END,
            CASE WHEN g.r < 0.7 THEN 'approved' ELSE 'rejected' END, g.r >= 0.9, CASE WHEN g.r BETWEEN 0.7 AND 0.8 THEN 1 ELSE 0 END, g.at, g.at
       FROM (SELECT i, random() AS r, now() - random() * interval '${span}' AS at FROM generate_series(0, $2::int - 1) i) g
       JOIN bench_cust c ON c.n = g.i % $3
       JOIN bench_agents a ON a.n = g.i % $4`,
    [tenantId, adjustments, customerCount, AGENTS],
  );
  // Surveys and monitorings of the calls: a tenth of a month's cases each, as the operator samples them.
  const sampled = Math.round(volume.casesPerMonth * volume.months * 0.1);
  await step(
    `surveys, quality_monitorings (${sampled} each)`,
    `WITH s AS (INSERT INTO surveys (tenant_id, external_id, answered_at, agent_user_id, campaign, nps_score, advisor_score, source, received_at)
                SELECT $1, 'S' || g.i, g.at, a.id, 'camp-' || (g.i % 20), g.i % 11, (g.i * 7) % 11, 'import', g.at
                  FROM (SELECT i, now() - random() * interval '${span}' AS at FROM generate_series(0, $2::int - 1) i) g
                  JOIN bench_agents a ON a.n = g.i % $3 RETURNING 1)
     INSERT INTO quality_monitorings (tenant_id, call_id, agent_user_id, scorecard_code, catalog_version, answers, score, critical_failed,
                                      monitored_by, monitored_at)
     SELECT $1, gen_random_uuid(), a.id, 'default', 1, '{}', 60 + g.i % 41, false, a.id, g.at
       FROM (SELECT i, now() - random() * interval '${span}' AS at FROM generate_series(0, $2::int - 1) i) g
       JOIN bench_agents a ON a.n = g.i % $3
      WHERE (SELECT count(*) FROM s) > 0`,
    [tenantId, sampled, AGENTS],
  );
  await admin.query("SET session_replication_role = origin");
  const started = performance.now();
  await admin.query(
    `VACUUM ANALYZE contact_records, contact_record_day_counts, complaint_cases, case_dispositions, closing_instructions, deadlines, retention_cases,
                    service_requests, adjustment_rows, surveys, quality_monitorings, roster_shifts, users, agent_employment`,
  );
  timed["VACUUM ANALYZE"] = (performance.now() - started) / 1000;
  log(`    VACUUM ANALYZE: ${timed["VACUUM ANALYZE"]!.toFixed(1)} s`);
  return timed;
}
