import { containsPattern } from "../../platform/db/like.js";
import type { Tx } from "../../platform/db/pool.js";
import type { RequestFacts, RequestStatus, TicketArea, TicketTeam } from "./procedure.js";
import type { ServiceRequestRow, TicketRow, ZoningFormRow } from "./repo.js";
import type { ZoneReference } from "./rules.js";

export { findServiceRequest, findTicket, findZoningForm, listRequestTickets } from "./repo.js";

/** What the transition table's guards need to know of a request's tickets, at `now`. */
export async function readRequestFacts(tx: Tx, requestId: string, now: Date): Promise<RequestFacts> {
  const { rows } = await tx.query<{ same_day_lapsed: boolean | null; zonal_coordinated: boolean | null }>(
    `SELECT bool_or(t.status = 'open' AND d.due_at < $2) AS same_day_lapsed,
            bool_or(t.kind = 'coordination' AND t.team = 'zonal' AND t.status = 'attended') AS zonal_coordinated
       FROM engineering_tickets t JOIN deadlines d ON d.id = t.deadline_id
      WHERE t.request_id = $1`,
    [requestId, now],
  );
  return { sameDayLapsed: rows[0]?.same_day_lapsed === true, zonalCoordinated: rows[0]?.zonal_coordinated === true };
}

export interface RequestListRow extends ServiceRequestRow {
  customer_name: string;
  service_number: string;
  work_order_number: number | null;
  work_order_status: string | null;
  open_tickets: number;
}

const REQUEST_LIST_SELECT = `
  SELECT r.*, c.full_name AS customer_name, p.service_number, o.number AS work_order_number, o.status AS work_order_status,
         (SELECT count(*)::int FROM engineering_tickets t WHERE t.request_id = r.id AND t.status = 'open') AS open_tickets
    FROM service_requests r
    JOIN customers c ON c.id = r.customer_id
    JOIN products p ON p.id = r.product_id
    LEFT JOIN work_orders o ON o.id = r.work_order_id`;

export interface RequestFilter {
  status?: RequestStatus;
  zone?: string;
  search?: string;
  limit: number;
  offset: number;
}

/** Requests, newest first, with their customer, work order and open tickets. */
export async function listServiceRequests(tx: Tx, filter: RequestFilter): Promise<RequestListRow[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  if (filter.status) where.push(`r.status = $${values.push(filter.status)}`);
  if (filter.zone) where.push(`r.zone = $${values.push(filter.zone)}`);
  if (filter.search) {
    const at = values.push(containsPattern(filter.search));
    where.push(`(r.number::text = $${values.push(filter.search)} OR c.full_name ILIKE $${at} OR r.address ILIKE $${at})`);
  }
  const { rows } = await tx.query<RequestListRow>(
    `${REQUEST_LIST_SELECT} ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY r.created_at DESC, r.number DESC LIMIT $${values.push(filter.limit)} OFFSET $${values.push(filter.offset)}`,
    values,
  );
  return rows;
}

export async function findRequestListRow(tx: Tx, id: string): Promise<RequestListRow | undefined> {
  const { rows } = await tx.query<RequestListRow>(`${REQUEST_LIST_SELECT} WHERE r.id = $1`, [id]);
  return rows[0];
}

export interface TicketWithDeadline extends TicketRow {
  due_at: Date;
  at_risk_at: Date;
  deadline_status: string;
}

export async function listTicketsWithDeadline(tx: Tx, requestId: string): Promise<TicketWithDeadline[]> {
  const { rows } = await tx.query<TicketWithDeadline>(
    `SELECT t.*, d.due_at, d.at_risk_at, d.status AS deadline_status
       FROM engineering_tickets t JOIN deadlines d ON d.id = t.deadline_id
      WHERE t.request_id = $1 ORDER BY t.created_at, t.number`,
    [requestId],
  );
  return rows;
}

export type BoardPhase = "on_time" | "at_risk" | "breached";

export interface BoardFilter {
  area?: TicketArea;
  team?: TicketTeam;
  zone?: string;
  phase?: BoardPhase;
  limit: number;
  offset: number;
}

export interface BoardTicketRow extends TicketWithDeadline {
  request_status: RequestStatus | null;
  request_type: string | null;
  customer_name: string | null;
}

function boardWhere(filter: Omit<BoardFilter, "limit" | "offset">, now: Date, values: unknown[]): string {
  const where = ["t.status = 'open'"];
  if (filter.area) where.push(`t.area = $${values.push(filter.area)}`);
  if (filter.team) where.push(`t.team = $${values.push(filter.team)}`);
  if (filter.zone) where.push(`t.zone = $${values.push(filter.zone)}`);
  if (filter.phase) {
    const at = values.push(now);
    if (filter.phase === "breached") where.push(`t.due_at < $${at}`);
    if (filter.phase === "at_risk") where.push(`t.at_risk_at <= $${at} AND t.due_at >= $${at}`);
    if (filter.phase === "on_time") where.push(`t.at_risk_at > $${at}`);
  }
  return where.join(" AND ");
}

/**
 * The control board's page (step 5): open engineering tickets, the one closest to (or furthest past) its
 * same-day deadline first, with their request; the hot query of the board.
 */
export async function listBoardTickets(tx: Tx, filter: BoardFilter, now: Date): Promise<BoardTicketRow[]> {
  const values: unknown[] = [];
  const where = boardWhere(filter, now, values);
  const { rows } = await tx.query<BoardTicketRow>(
    `SELECT t.*, d.status AS deadline_status,
            r.status AS request_status, r.request_type, c.full_name AS customer_name
       FROM (SELECT * FROM engineering_tickets t WHERE ${where}
              ORDER BY t.due_at, t.number
              LIMIT $${values.push(filter.limit)} OFFSET $${values.push(filter.offset)}) t
       JOIN deadlines d ON d.id = t.deadline_id
       LEFT JOIN service_requests r ON r.id = t.request_id
       LEFT JOIN customers c ON c.id = r.customer_id
      ORDER BY t.due_at, t.number`,
    values,
  );
  return rows;
}

export interface BoardGroupRow {
  dimension: "area" | "team" | "zone" | "total";
  value: string | null;
  open: number;
  at_risk: number;
  breached: number;
}

const GROUP_DIMENSION = `CASE WHEN GROUPING(area) = 0 THEN 'area' WHEN GROUPING(team) = 0 THEN 'team'
                              WHEN GROUPING(zone) = 0 THEN 'zone' ELSE 'total' END`;

/**
 * The board's counts of open tickets by area, team and zone (and in total), on time, at risk and breached.
 * Without a phase filter they come from the maintained counts (engineering_ticket_board_counts, per area,
 * team, zone and 15-minute bin of the at-risk and due instants, moved with each ticket by the database):
 * the bins wholly before now's bin are summed; now's own bin is a range count on the open tickets' indexes.
 * Past its at-risk instant ("reached") minus breached is at risk, as at_risk_at <= due_at.
 */
export async function summarizeBoard(tx: Tx, filter: Omit<BoardFilter, "limit" | "offset">, now: Date): Promise<BoardGroupRow[]> {
  const values: unknown[] = [];
  if (filter.phase) {
    const where = boardWhere(filter, now, values);
    const at = values.push(now);
    const { rows } = await tx.query<BoardGroupRow>(
      `SELECT ${GROUP_DIMENSION} AS dimension, coalesce(area, team, zone) AS value,
              count(*)::int AS open,
              count(*) FILTER (WHERE t.at_risk_at <= $${at} AND t.due_at >= $${at})::int AS at_risk,
              count(*) FILTER (WHERE t.due_at < $${at})::int AS breached
         FROM engineering_tickets t
        WHERE ${where}
        GROUP BY GROUPING SETS ((area), (team), (zone), ())
        ORDER BY 1, 2`,
      values,
    );
    return rows;
  }
  const where = boardWhere(filter, now, values);
  const counted = ["c.n > 0"];
  if (filter.area) counted.push(`c.area = $${values.push(filter.area)}`);
  if (filter.team) counted.push(`c.team = $${values.push(filter.team)}`);
  if (filter.zone) counted.push(`c.zone = $${values.push(filter.zone)}`);
  const at = values.push(now);
  const bin = `board_bin($${at}::timestamptz)`;
  const { rows } = await tx.query<BoardGroupRow>(
    `SELECT ${GROUP_DIMENSION} AS dimension, coalesce(area, team, zone) AS value,
            coalesce(sum(open), 0)::int AS open,
            (coalesce(sum(reached), 0) - coalesce(sum(breached), 0))::int AS at_risk,
            coalesce(sum(breached), 0)::int AS breached
       FROM (SELECT c.area, c.team, nullif(c.zone, '') AS zone, c.n AS open,
                    CASE WHEN c.at_risk_bin < ${bin} THEN c.n ELSE 0 END AS reached,
                    CASE WHEN c.due_bin < ${bin} THEN c.n ELSE 0 END AS breached
               FROM engineering_ticket_board_counts c WHERE ${counted.join(" AND ")}
             UNION ALL
             SELECT t.area, t.team, t.zone, 0, 1, 0 FROM engineering_tickets t
              WHERE ${where} AND t.at_risk_at >= ${bin} AND t.at_risk_at <= $${at}
             UNION ALL
             SELECT t.area, t.team, t.zone, 0, 0, 1 FROM engineering_tickets t
              WHERE ${where} AND t.due_at >= ${bin} AND t.due_at < $${at}) x
      GROUP BY GROUPING SETS ((area), (team), (zone), ())
      ORDER BY 1, 2`,
    values,
  );
  return rows;
}

/** Requests probable of annulment still undecided (observed, with the zonal center, routed to the COC), oldest first. */
export async function listProbableAnnulments(tx: Tx, limit: number): Promise<RequestListRow[]> {
  const { rows } = await tx.query<RequestListRow>(
    `${REQUEST_LIST_SELECT.replace(
      "FROM service_requests r",
      `FROM (SELECT * FROM service_requests WHERE status IN ('observed', 'with_zonal', 'with_coc')
              ORDER BY probable_at, number LIMIT $1) r`,
    )} ORDER BY r.probable_at, r.number`,
    [limit],
  );
  return rows;
}

export async function countProbableAnnulments(tx: Tx): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(
    `SELECT coalesce(sum(n), 0)::int AS n FROM service_request_status_counts
      WHERE status IN ('observed', 'with_zonal', 'with_coc')`,
  );
  return rows[0]!.n;
}

export async function listZoneReferences(tx: Tx, zone?: string): Promise<ZoneReference[]> {
  const { rows } = await tx.query<ZoneReference>(
    `SELECT id, kind, name, zone, latitude, longitude, created_at AS "createdAt" FROM zone_references
      ${zone ? "WHERE zone = $1" : ""} ORDER BY created_at, id`,
    zone ? [zone] : [],
  );
  return rows;
}

export interface ZoningCaseRow extends ZoningFormRow {
  request_number: number;
  request_type: string;
  customer_code: string;
  customer_name: string;
  service_number: string;
  work_order_number: number;
  original_address: string;
  original_zone: string | null;
}

/** The month's zoning cases (step 21), corrected or not, by request number. */
export async function listZoningCases(tx: Tx, month: string): Promise<ZoningCaseRow[]> {
  const { rows } = await tx.query<ZoningCaseRow>(
    `SELECT f.*, r.number AS request_number, r.request_type, c.code AS customer_code, c.full_name AS customer_name,
            p.service_number, o.number AS work_order_number, r.address AS original_address, r.zone AS original_zone
       FROM zoning_forms f
       JOIN service_requests r ON r.id = f.request_id
       JOIN customers c ON c.id = r.customer_id
       JOIN products p ON p.id = r.product_id
       JOIN work_orders o ON o.id = f.work_order_id
      WHERE f.month = $1 ORDER BY r.number`,
    [month],
  );
  return rows;
}

export async function listBillingReports(tx: Tx, month?: string) {
  const { rows } = await tx.query<{
    id: string;
    month: string;
    version: number;
    row_count: number;
    sha256: string;
    outbound_id: string | null;
    created_at: Date;
    outbound_status: string | null;
  }>(
    `SELECT b.id, b.month, b.version, b.row_count, b.sha256, b.outbound_id, b.created_at, m.status AS outbound_status
       FROM zoning_billing_reports b LEFT JOIN outbound_messages m ON m.id = b.outbound_id
      ${month ? "WHERE b.month = $1" : ""} ORDER BY b.month DESC, b.version DESC`,
    month ? [month] : [],
  );
  return rows;
}

export async function readBillingReportFile(tx: Tx, month: string, version: number): Promise<Buffer | undefined> {
  const { rows } = await tx.query<{ file: Buffer }>("SELECT file FROM zoning_billing_reports WHERE month = $1 AND version = $2", [
    month,
    version,
  ]);
  return rows[0]?.file;
}
