// The public face of the dialer module: the only file another module, the assembly or the seed data imports.
export * from "./catalog-types.js";
export { openVisitSlot } from "./commands/open-visit-slot.js";
export { DialerEngine, installDialer, installedDialer, type PortActions, type TickResult, uninstallDialer } from "./engine.js";
export { readDialerSettings } from "./kinds.js";
export * from "./pacing.js";
export { firstContactRecontacts, type TypedInteraction } from "./rules.js";
export { simulateShift } from "./shift-simulation.js";
export { type BaresipOptions, BaresipTelephony, wavSeconds } from "./telephony/baresip.js";
export * from "./telephony/port.js";
export { behaviourByLastDigit, type SimulatedBehaviour, SimulatedTelephony } from "./telephony/simulator.js";
