import type { CommandContext } from "../../platform/context.js";
import type { OutboundRow } from "./repo.js";

/**
 * What a module does when the outside system answered one of its messages, in the delivery's own
 * transaction (e.g. keep the billing system's filing number on the case). Keyed by operation.
 */
export interface OutboundHook {
  onSent?(message: OutboundRow, ctx: CommandContext): Promise<void>;
  onFailed?(message: OutboundRow, ctx: CommandContext): Promise<void>;
}

export type OutboundHooks = Record<string, OutboundHook>;
