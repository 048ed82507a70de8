import { DateTime } from "luxon";
import { type CommandContext, systemActor } from "../../platform/context.js";
import type { Db, Tx } from "../../platform/db/pool.js";
import { publish } from "../../platform/realtime.js";
import { loadTenantCalendar } from "../calendar/index.js";
import {
  type ContactRecordRow,
  deferRecord,
  findContactRecord,
  findOutboundCampaign,
  markRecordDialing,
  markRecordInCall,
  type OutboundCampaignRow,
  readListTypes,
  returnRecord,
  updateDialLevel,
} from "../contactlists/index.js";
import { type Channel, checkContact } from "../contactpolicy/index.js";
import { endCallAndLogAttempt } from "./call-attempt.js";
import type { CallOutcome, DialerSettings } from "./catalog-types.js";
import { readDialerSettings } from "./kinds.js";
import { adaptDialLevel, linesToDial } from "./pacing.js";
import { campaignStats } from "./queries.js";
import {
  type AgentRow,
  attemptsByPhone,
  type CallRow,
  claimFromHopper,
  fillHopper,
  insertCall,
  liveCallsOf,
  lockAgent,
  lockCall,
  lockLongestReadyAgent,
  lockWaitingCalls,
  moveAgent,
  setCallAnswered,
  setCallBridged,
  setCallRinging,
  takePacingTurn,
} from "./repo.js";
import { callbackTarget, isDropped, nextAttempt, phonesToTry } from "./rules.js";
import type { EndCause, OriginateRequest, TelephonyEvent, TelephonyPort } from "./telephony/port.js";

/** Realtime event types the dialer publishes. */
export const DIALER_TOPICS = ["outbound.call_offered", "outbound.campaign_changed", "outbound.agent_changed"] as const;

/** What a transaction asks of the phone system once it has committed. */
export interface PortActions {
  originate: OriginateRequest[];
  bridge: Array<{ callId: string; agentUserId: string }>;
  playAndHangUp: Array<{ callId: string; message: string }>;
  hangUp: string[];
}

export const noActions = (): PortActions => ({ originate: [], bridge: [], playAndHangUp: [], hangUp: [] });

export interface TickResult {
  placed: number;
  blocked: number;
  dropped: number;
  level: number;
  lines: number;
}

/** The rules whose refusal no later attempt can cure: the record is not retried through that number. */
const PERMANENT_RULES = new Set([
  "reference",
  "channel_not_authorised",
  "dnc",
  "rne",
  "record_total_attempts",
  "phone_total_attempts",
]);
/** A record refused by a time rule is looked at again this much later. */
const DEFER_MINUTES = 60;
/** A due callback waiting for its busy advisor is looked at again this much later. */
const CALLBACK_WAIT_MS = 60_000;
/** The callback's wait for its advisor when the dialer settings do not say. */
export const DEFAULT_CALLBACK_GRACE_MINUTES = 15;

const CAUSE_OUTCOME: Record<Exclude<EndCause, "hangup">, Exclude<CallOutcome, "completed">> = {
  busy: "busy",
  no_answer: "no_answer",
  rejected: "rejected",
  invalid: "invalid",
  failed: "failed",
};

/**
 * The dialer of one app instance: paces each campaign, takes records from the shared hopper, checks the contact
 * policy before every attempt, places calls through the telephony port and applies what the port reports. All
 * that must happen once is decided in the database (SKIP LOCKED hand-outs, one live call per record and per
 * agent), so any number of instances may run against one database. The phone system is asked only after the
 * transaction that decided it has committed.
 */
export class DialerEngine {
  constructor(
    readonly db: Db,
    readonly port: TelephonyPort,
    readonly instance: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    port.onEvent((event) => this.handle(event));
  }

  now(): Date {
    return this.clock();
  }

  private ctx(tenantId: string, tx: Tx): CommandContext {
    return { tx, actor: systemActor(tenantId), now: this.clock() };
  }

  /** Asks the phone system what committed transactions decided; an originate that fails ends its call as failed. */
  async perform(tenantId: string, actions: PortActions): Promise<void> {
    for (const request of actions.originate) {
      try {
        await this.port.originate(request);
      } catch {
        await this.handle({ type: "ended", callId: request.callId, tenantId, cause: "failed" });
      }
    }
    for (const { callId, agentUserId } of actions.bridge) await this.port.bridge(callId, agentUserId).catch(() => undefined);
    for (const { callId, message } of actions.playAndHangUp)
      await this.port.playAndHangUp(callId, message).catch(() => undefined);
    for (const callId of actions.hangUp) await this.port.hangUp(callId).catch(() => undefined);
  }

  /** One pacing round of a campaign: drops swept, dial level recomputed when due, new calls placed. */
  async tick(tenantId: string, campaignId: string): Promise<TickResult> {
    const actions = noActions();
    const result = await this.db.tenant(tenantId, (tx) => this.tickIn(this.ctx(tenantId, tx), campaignId, actions));
    await this.perform(tenantId, actions);
    return result;
  }

  private async tickIn(ctx: CommandContext, campaignId: string, actions: PortActions): Promise<TickResult> {
    const { tx, now } = ctx;
    const campaign = await findOutboundCampaign(tx, campaignId);
    const settings = await readDialerSettings(tx);
    if (!(await takePacingTurn(tx, campaignId)))
      return { placed: 0, blocked: 0, dropped: 0, level: Number(campaign?.dial_level ?? 1), lines: 0 };
    const dropped = await this.sweepDrops(ctx, campaignId, settings, actions);
    if (!campaign?.is_active) return { placed: 0, blocked: 0, dropped, level: Number(campaign?.dial_level ?? 1), lines: 0 };
    const timezone = (await loadTenantCalendar(tx)).settings.timezone;
    const local = DateTime.fromJSDate(now, { zone: timezone });
    const stats = await campaignStats(tx, campaignId, now, timezone);

    let level = Number(campaign.dial_level);
    if (campaign.pacing_mode === "predictive" && stats.dialLevelAge(settings.recomputeSeconds)) {
      const agents = stats.readyAgents + stats.agentsOnCall;
      const decision = adaptDialLevel(
        {
          level,
          differential: stats.readyAgents - stats.waitingCalls,
          avgAgents: agents,
          callsToday: stats.today.calls,
          answeredToday: stats.today.answered,
          dropsToday: stats.today.drops,
          callsLastMinute: stats.lastMinute.calls,
          dropsLastMinute: stats.lastMinute.drops,
          localTime: local.toFormat("HH:mm"),
        },
        settings.pacing,
      );
      level = decision.level;
      await updateDialLevel(tx, campaignId, level, now);
    }
    const lines = linesToDial(
      campaign.pacing_mode,
      level,
      { readyAgents: stats.readyAgents, agentsOnCall: stats.agentsOnCall, callsInFlight: stats.callsInFlight },
      settings.pacing.availableOnly,
    );
    if (lines === 0) return { placed: 0, blocked: 0, dropped, level, lines };
    await fillHopper(tx, campaignId, Math.max(lines * 2, 10), now, local.toISODate()!);
    let placed = 0;
    let blocked = 0;
    // Records refused by the policy free their line: keep taking until the lines are used or the hopper is empty.
    while (placed < lines) {
      const claimed = await claimFromHopper(tx, campaignId, lines - placed);
      if (claimed.length === 0) break;
      for (const recordId of claimed) {
        const record = await findContactRecord(tx, recordId);
        if (record?.status !== "pending") continue;
        // A due callback is dialled for its advisor when ready, waits a while for a busy one, else goes to the team.
        let forAgent: AgentRow | undefined;
        if (record.callback_user_id) {
          const owner = await lockAgent(tx, record.callback_user_id);
          // Measured from the callback date itself: a wait for the advisor moves next_attempt_at, not the grace.
          const dueAt = record.callback_at ?? now;
          const target = callbackTarget(
            owner && { state: owner.state, campaignId: owner.campaign_id },
            campaignId,
            dueAt,
            now,
            settings.callbackOwnerGraceMinutes ?? DEFAULT_CALLBACK_GRACE_MINUTES,
          );
          if (target === "wait") {
            await deferRecord(tx, recordId, new Date(now.getTime() + CALLBACK_WAIT_MS), now);
            continue;
          }
          if (target === "owner") forAgent = owner;
        }
        const choice = await this.choosePhone(ctx, campaign, record);
        blocked += choice.blocked;
        if (!choice.phone) continue;
        await this.placeCall(ctx, { campaign, record, phone: choice.phone, agent: forAgent, settings }, actions);
        placed++;
      }
    }
    await publish(tx, { tenantId: ctx.actor.tenantId, type: "outbound.campaign_changed", data: { campaignId } });
    return { placed, blocked, dropped, level, lines };
  }

  /**
   * The record's first phone the contact policy allows now, each refusal logged. When none is allowed the record
   * is exhausted (every refusal was permanent: RNE, do-not-call, reference …) or deferred (a time rule).
   */
  async choosePhone(
    ctx: CommandContext,
    campaign: OutboundCampaignRow,
    record: ContactRecordRow,
  ): Promise<{ phone: string | null; blocked: number; refusal?: { rule: string; message: string } }> {
    const { tx, now } = ctx;
    const listTypes = await readListTypes(tx);
    const legalBasis = listTypes.find((t) => t.code === record.list_type)?.legalBasis ?? "commercial";
    const tried = await attemptsByPhone(tx, record.id);
    let blocked = 0;
    let permanent = true;
    let refusal: { rule: string; message: string } | undefined;
    for (const phone of phonesToTry(record.phones, tried)) {
      const decision = await checkContact(
        {
          policyScope: campaign.policy_scope,
          campaignId: campaign.id,
          recordId: record.id,
          customerId: record.customer_id,
          channel: "call",
          phone: phone.phone,
          phoneKind: phone.kind,
          authorisedChannels: record.authorised_channels as Channel[],
          legalBasis,
        },
        ctx,
      );
      if (decision.allowed) return { phone: phone.phone, blocked };
      blocked++;
      refusal ??= { rule: decision.rule, message: decision.message };
      if (!PERMANENT_RULES.has(decision.rule)) permanent = false;
    }
    if (permanent) await returnRecord(tx, record.id, "blocked", { at: null, exhausted: true }, now);
    else await deferRecord(tx, record.id, new Date(now.getTime() + DEFER_MINUTES * 60_000), now);
    return { phone: null, blocked, refusal };
  }

  /**
   * Places a call to the record's phone once the transaction commits. With `agent`, the call is that advisor's
   * (a callback for its advisor, a number dialled by hand): they are on it from the first ring and take it on answer.
   */
  async placeCall(
    ctx: CommandContext,
    call: {
      campaign: OutboundCampaignRow;
      record: ContactRecordRow;
      phone: string;
      agent: AgentRow | undefined;
      settings: DialerSettings;
    },
    actions: PortActions,
  ): Promise<string> {
    const { tx, now } = ctx;
    const { campaign, record, agent } = call;
    const callId = await insertCall(tx, {
      campaignId: campaign.id,
      recordId: record.id,
      customerId: record.customer_id,
      phone: call.phone,
      instance: this.instance,
      now,
      agentId: agent?.user_id ?? null,
    });
    await markRecordDialing(tx, record.id, now);
    if (agent) {
      await moveAgent(tx, agent.user_id, agent, { campaignId: campaign.id, state: "on_call", pauseReason: null, callId }, now);
      await publish(tx, {
        tenantId: ctx.actor.tenantId,
        userId: agent.user_id,
        type: "outbound.agent_changed",
        data: { state: "on_call" },
      });
    }
    actions.originate.push({
      callId,
      tenantId: ctx.actor.tenantId,
      to: call.phone,
      ringTimeoutSeconds: call.settings.ringTimeoutSeconds,
    });
    return callId;
  }

  /** Answered calls that found no agent within the drop seconds: dropped, with the safe-harbour message. */
  private async sweepDrops(
    ctx: CommandContext,
    campaignId: string,
    settings: DialerSettings,
    actions: PortActions,
  ): Promise<number> {
    let dropped = 0;
    for (const call of await lockWaitingCalls(ctx.tx, campaignId)) {
      if (call.answered_at && isDropped(call.answered_at, ctx.now, settings.dropCallSeconds)) {
        await this.finishUnbridged(ctx, call, "dropped", settings);
        actions.playAndHangUp.push({ callId: call.id, message: settings.safeHarbourMessage });
        dropped++;
      }
    }
    return dropped;
  }

  /** Applies one event of the phone system. Events of an ended or unknown call are ignored (at-least-once delivery). */
  async handle(event: TelephonyEvent): Promise<void> {
    const actions = noActions();
    await this.db.tenant(event.tenantId, (tx) => this.handleIn(this.ctx(event.tenantId, tx), event, actions));
    await this.perform(event.tenantId, actions);
  }

  private async handleIn(ctx: CommandContext, event: TelephonyEvent, actions: PortActions): Promise<void> {
    const { tx, now } = ctx;
    const call = await lockCall(tx, event.callId);
    if (!call || call.status === "ended") return;
    if (event.type === "ringing") {
      await setCallRinging(tx, call.id);
      return;
    }
    const settings = await readDialerSettings(tx);
    if (event.type === "answered") {
      if (event.by === "machine") {
        await this.finishUnbridged(ctx, call, "machine", settings);
        actions.hangUp.push(call.id);
        return;
      }
      await setCallAnswered(tx, call.id, now);
      const answered: CallRow = { ...call, status: "answered", answered_at: now };
      if (call.agent_id) {
        // The call was placed for this advisor: they are on it already and take it; if they are not (a lost race),
        // the team's longest-ready advisor does.
        const agent = await lockAgent(tx, call.agent_id);
        if (agent?.state === "on_call" && agent.call_id === call.id) {
          await this.bridge(ctx, answered, agent.user_id, agent, actions);
          return;
        }
      }
      await this.bridgeToReadyAgent(ctx, answered, actions);
      return;
    }
    // ended
    if (call.status === "bridged") {
      await endCallAndLogAttempt(tx, call, "completed", now);
      const agent = call.agent_id ? await lockAgent(tx, call.agent_id) : undefined;
      if (agent && agent.state === "on_call" && agent.call_id === call.id) {
        await moveAgent(
          tx,
          agent.user_id,
          agent,
          { campaignId: agent.campaign_id, state: "wrap_up", pauseReason: null, callId: call.id },
          now,
        );
        await publish(tx, {
          tenantId: ctx.actor.tenantId,
          userId: agent.user_id,
          type: "outbound.agent_changed",
          data: { state: "wrap_up" },
        });
      }
      await publish(tx, {
        tenantId: ctx.actor.tenantId,
        type: "outbound.campaign_changed",
        data: { campaignId: call.campaign_id },
      });
      return;
    }
    const outcome = call.status === "answered" ? "dropped" : event.cause === "hangup" ? "no_answer" : CAUSE_OUTCOME[event.cause];
    await this.finishUnbridged(ctx, call, outcome, settings);
  }

  /**
   * Hands an answered call to the campaign's longest-ready agent, if any; otherwise it waits (and becomes a drop
   * after the drop seconds). The agent is alerted (sound and visual) through the realtime channel.
   */
  async bridgeToReadyAgent(ctx: CommandContext, call: CallRow, actions: PortActions): Promise<boolean> {
    const agent = await lockLongestReadyAgent(ctx.tx, call.campaign_id);
    if (!agent) return false;
    await this.bridge(ctx, call, agent.user_id, agent, actions);
    return true;
  }

  /** Bridges a waiting answered call to this agent (who just became ready), when one waits. */
  async offerWaitingCall(ctx: CommandContext, campaignId: string, agentUserId: string, actions: PortActions): Promise<boolean> {
    const settings = await readDialerSettings(ctx.tx);
    for (const call of await lockWaitingCalls(ctx.tx, campaignId)) {
      if (call.answered_at && isDropped(call.answered_at, ctx.now, settings.dropCallSeconds)) continue;
      const agent = await lockAgent(ctx.tx, agentUserId);
      if (agent?.state !== "ready") return false;
      await this.bridge(ctx, call, agentUserId, agent, actions);
      return true;
    }
    return false;
  }

  private async bridge(
    ctx: CommandContext,
    call: CallRow,
    agentUserId: string,
    agent: AgentRow | undefined,
    actions: PortActions,
  ): Promise<void> {
    const { tx, now } = ctx;
    await setCallBridged(tx, call.id, agentUserId, now);
    if (!(agent?.state === "on_call" && agent.call_id === call.id)) {
      await moveAgent(
        tx,
        agentUserId,
        agent,
        { campaignId: call.campaign_id, state: "on_call", pauseReason: null, callId: call.id },
        now,
      );
    }
    await markRecordInCall(tx, call.record_id, now);
    const record = await findContactRecord(tx, call.record_id);
    await publish(tx, {
      tenantId: ctx.actor.tenantId,
      userId: agentUserId,
      type: "outbound.call_offered",
      data: {
        callId: call.id,
        recordId: call.record_id,
        customerName: record?.customer_name ?? null,
        listType: record?.list_type ?? null,
      },
    });
    await publish(tx, {
      tenantId: ctx.actor.tenantId,
      type: "outbound.campaign_changed",
      data: { campaignId: call.campaign_id },
    });
    actions.bridge.push({ callId: call.id, agentUserId });
  }

  /** A call that ended without a conversation: the attempt logged, the record back in the pool or exhausted. */
  private async finishUnbridged(
    ctx: CommandContext,
    call: CallRow,
    outcome: Exclude<CallOutcome, "completed">,
    settings: DialerSettings,
  ): Promise<void> {
    const { tx, now } = ctx;
    await endCallAndLogAttempt(tx, call, outcome, now);
    const record = await findContactRecord(tx, call.record_id);
    await returnRecord(tx, call.record_id, outcome, nextAttempt(outcome, record?.attempts ?? 0, settings, now), now);
    if (call.agent_id) await this.releaseAgent(ctx, call);
    await publish(tx, {
      tenantId: ctx.actor.tenantId,
      type: "outbound.campaign_changed",
      data: { campaignId: call.campaign_id },
    });
  }

  /** The advisor a call was placed for, back to ready when it ended unanswered (busy, no answer, machine …). */
  private async releaseAgent(ctx: CommandContext, call: CallRow): Promise<void> {
    const agent = await lockAgent(ctx.tx, call.agent_id!);
    if (agent?.state !== "on_call" || agent.call_id !== call.id) return;
    await moveAgent(
      ctx.tx,
      agent.user_id,
      agent,
      { campaignId: agent.campaign_id, state: "ready", pauseReason: null, callId: null },
      ctx.now,
    );
    await publish(ctx.tx, {
      tenantId: ctx.actor.tenantId,
      userId: agent.user_id,
      type: "outbound.agent_changed",
      data: { state: "ready" },
    });
  }

  /**
   * An instance (or its phone adapter) died: each of its live calls ends as failed and its record returns to the
   * pool. A bridged call's agent goes to wrap-up, so the advisor still records what was said.
   */
  async failCallsOf(tenantId: string, instance: string): Promise<number> {
    const ids = await this.db.tenant(tenantId, (tx) => liveCallsOf(tx, instance));
    for (const callId of ids) await this.handle({ type: "ended", callId, tenantId, cause: "failed" });
    return ids.length;
  }
}

let installed: DialerEngine | undefined;

/** Makes `engine` this process's dialer (the server installs one with the simulator unless a test did first). */
export function installDialer(engine: DialerEngine): void {
  installed = engine;
}

export function installedDialer(): DialerEngine | undefined {
  return installed;
}

/**
 * A request that moves the dialer or reads its agenda is judged on the dialer's clock, the one every attempt of the
 * campaign uses (the request's own clock when no dialer is installed).
 */
export function onDialerClock<C extends { now: Date }>(ctx: C): C {
  return { ...ctx, now: installed?.now() ?? ctx.now };
}

export function uninstallDialer(): void {
  installed = undefined;
}
