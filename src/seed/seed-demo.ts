import { createUser, readRoleCatalog } from "../modules/identity/index.js";
import { createTenant, findCurrentTenant, findTenantBySlug } from "../modules/tenants/index.js";
import { type Actor, systemActor } from "../platform/context.js";
import { type Db, enterTenant } from "../platform/db/pool.js";
import { AppError } from "../platform/errors.js";
import { recordEvent } from "../platform/timeline/record-event.js";
import {
  DEMO_CAMPAIGN_ADVISORS,
  DEMO_CANCELLATION_REQUESTS,
  DEMO_CUSTOMERS,
  DEMO_PASSWORD,
  DEMO_TEAMS,
  DEMO_TENANT,
  demoPerson,
} from "./demo-users.js";
import { generateCustomers } from "./generator.js";
import { assignTeam, countTenantRows, firstCustomersWithPhone, insertTeam, lastGeneratedIndex } from "./repo.js";
import { type AdjustmentsDemoCounts, seedAdjustmentsDemo } from "./seed-adjustments.js";
import { type AnnulmentDemoCounts, seedAnnulmentsDemo } from "./seed-annulments.js";
import { type CancellationDemoCounts, seedCancellationQueue } from "./seed-cancellations.js";
import { type SeedCounts, seedCustomersInTransaction } from "./seed-customers.js";
import { seedEscalatedVisitsDemo } from "./seed-escalated-visits.js";
import { seedLiveDayDemo } from "./seed-live-day.js";
import { seedOperatingModelDemo } from "./seed-operating-model.js";
import { type OutboundDemoCounts, seedOutboundDemo } from "./seed-outbound.js";
import { type PqrDemoCounts, seedPqrDemo } from "./seed-pqr.js";
import { type RetentionDemoCounts, seedRetentionDemo } from "./seed-retention.js";

export interface DemoSeedResult {
  tenantId: string;
  password: string;
  /** Issue 13's operating model: surveys received and management practices recorded. */
  operatingModel: { surveys: number; practices: number };
  /** Issue 13's daily screens: advisors' calls and the quality team's monitorings of some of them. */
  liveDay: { calls: number; monitorings: number };
  /** Seed 002 step 4: visits escalated to the back office, and the agenda's slots opened for them. */
  escalatedVisits: { escalated: number; slots: number };
  users: Array<{ email: string; fullName: string; role: string; roleName: string }>;
  teams: string[];
  counts: SeedCounts;
  retention: RetentionDemoCounts;
  /** The retention team's other advisors (same password). */
  campaignAdvisors: Array<{ email: string; fullName: string }>;
  cancellations: CancellationDemoCounts;
  /** PQRs by status. */
  pqr: PqrDemoCounts;
  adjustments: AdjustmentsDemoCounts;
  outbound: OutboundDemoCounts;
  annulments: AnnulmentDemoCounts;
}

/** Whether the demo operator exists and holds its data (what `seed demo --if-empty` checks). */
export async function isDemoSeeded(db: Db): Promise<boolean> {
  return db.system(async (tx) => {
    const tenant = await findTenantBySlug(tx, DEMO_TENANT.slug);
    return tenant !== undefined && (await countTenantRows(tx, tenant.id)).users > 0;
  });
}

/**
 * Creates the demo operator: one user per catalog role (password "fideliza-demo"), its teams, and
 * 1,000 generated customers with products, claims, billing and their timeline; then the Internet
 * retention campaign's queue of cancellation requests on their services, worked to every kind of state. It all
 * commits in one transaction, so a crash leaves either all of it or an empty operator that the next
 * run fills.
 */
export async function seedDemo(
  db: Db,
  options: {
    now: Date;
    customers?: number;
    cancellations?: number;
    seed?: number;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<DemoSeedResult> {
  const existing = await db.system((tx) => findTenantBySlug(tx, DEMO_TENANT.slug));
  if (existing && (await db.system((tx) => countTenantRows(tx, existing.id))).users > 0) {
    throw new AppError("DUPLICATE", `El operador «${DEMO_TENANT.slug}» ya tiene datos de demostración`, { field: "tenant" });
  }
  const tenantId = existing?.id ?? (await createTenant(db, { ...DEMO_TENANT }, options.now)).id;
  const catalog = await readRoleCatalog();

  return db.system(async (tx) => {
    const ctx = { tx, actor: systemActor(tenantId), now: options.now };
    const users: DemoSeedResult["users"] = [];
    const userIds = new Map<string, string>();
    for (const role of catalog.roles) {
      const person = demoPerson(role.code, role.name_es);
      const { id } = await createUser({ ...person, password: DEMO_PASSWORD, roles: [role.code] }, ctx);
      userIds.set(role.code, id);
      users.push({ ...person, role: role.code, roleName: role.name_es });
    }
    const campaignAdvisors: Actor[] = [];
    for (const person of DEMO_CAMPAIGN_ADVISORS) {
      const { id } = await createUser({ ...person, password: DEMO_PASSWORD, roles: ["advisor"] }, ctx);
      campaignAdvisors.push({ ...systemActor(tenantId), userId: id, ...person, roles: ["advisor"], via: "session" });
    }
    for (const team of DEMO_TEAMS) {
      const teamId = await insertTeam(tx, tenantId, team.name);
      const members = [
        ...team.roles.flatMap((role) => userIds.get(role) ?? []),
        ...(team.roles.includes("advisor") ? campaignAdvisors.map((a) => a.userId!) : []),
      ];
      await assignTeam(tx, tenantId, teamId, members);
      await recordEvent(ctx, {
        subjectType: "team",
        subjectId: teamId,
        action: "team_created",
        after: { name: team.name, members: users.filter((u) => team.roles.includes(u.role)).map((u) => u.email) },
      });
    }
    // An operator created empty by `seed scale --create-tenant` may already hold generated customers.
    const from = (await lastGeneratedIndex(tx, tenantId)) + 1;
    const counts = await seedCustomersInTransaction(tx, {
      tenantId,
      from,
      count: Math.max(0, (options.customers ?? DEMO_CUSTOMERS) - from),
      now: options.now,
      seed: options.seed,
      reason: "Datos de demostración",
      onProgress: options.onProgress,
    });
    // The retention history and the campaign's queue go through the product's commands, as the tenant
    // (row-level security on).
    await enterTenant(tx, tenantId);
    const actorOf = (role: string): Actor => {
      const person = users.find((u) => u.role === role)!;
      return {
        ...systemActor(tenantId),
        userId: userIds.get(role)!,
        email: person.email,
        fullName: person.fullName,
        roles: [role],
        via: "session",
      };
    };
    const { timezone } = (await findCurrentTenant(tx))!;
    const retention = await seedRetentionDemo(tx, actorOf, { now: options.now, timezone });
    const annulments = await seedAnnulmentsDemo(tx, actorOf, { now: options.now, timezone });
    // The queue's cancellation requests are about Internet services of the customers just generated.
    const services = [
      ...generateCustomers({ now: options.now, namespace: tenantId, seed: options.seed }, from, counts.customers),
    ].flatMap((customer) =>
      customer.products
        .filter((p) => p.kind === "internet" && p.status === "active")
        .map((p) => ({
          serviceNumber: p.serviceNumber,
          customerCode: customer.code,
          phone: customer.phone,
          address: customer.address,
        })),
    );
    const cancellations = await seedCancellationQueue(tx, {
      tenantId,
      now: options.now,
      count: options.cancellations ?? DEMO_CANCELLATION_REQUESTS,
      services,
      advisors: [actorOf("advisor"), ...campaignAdvisors],
      supervisor: actorOf("supervisor"),
      seed: options.seed,
    });
    const pqr = await seedPqrDemo(tx, actorOf, { now: options.now });
    const adjustments = await seedAdjustmentsDemo(tx, {
      tenantId,
      now: options.now,
      customers: services.slice(0, 16),
      agents: [actorOf("advisor"), ...campaignAdvisors],
      cell: actorOf("adjustments_back"),
      backOffice: actorOf("back_office"),
      supervisor: actorOf("supervisor"),
    });
    // Outbound premium care (seed 002): the first customers by code, on the lists of two campaigns.
    const outbound = await seedOutboundDemo(tx, actorOf("supervisor"), await firstCustomersWithPhone(tx, 60), options.now);
    // Issue 13's operating model: surveys (NPS, perceived quality) and the supervisor's management practices.
    const operatingModel = await seedOperatingModelDemo(
      tx,
      { admin: actorOf("admin"), supervisor: actorOf("supervisor"), advisors: [actorOf("advisor"), ...campaignAdvisors] },
      options.now,
    );
    // Issue 13's two daily screens: calls the advisors took, some scored by the quality team, one advisor on a break.
    const liveDay = await seedLiveDayDemo(
      tx,
      { quality: actorOf("quality_team"), advisors: [actorOf("advisor"), ...campaignAdvisors] },
      options.now,
    );
    // Seed 002 step 4's fallback: visits escalated to the back office, so «Visitas escaladas» has work in it.
    const escalatedVisits = await seedEscalatedVisitsDemo(
      tx,
      { advisor: actorOf("advisor"), supervisor: actorOf("supervisor") },
      options.now,
      timezone,
    );
    return {
      tenantId,
      password: DEMO_PASSWORD,
      operatingModel,
      liveDay,
      escalatedVisits,
      users,
      teams: DEMO_TEAMS.map((t) => t.name),
      counts,
      retention,
      campaignAdvisors: DEMO_CAMPAIGN_ADVISORS,
      cancellations,
      pqr,
      adjustments,
      outbound,
      annulments,
    };
  });
}
