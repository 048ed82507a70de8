export type { OutboundHook, OutboundHooks } from "../../platform/extensions/outbound.js";
