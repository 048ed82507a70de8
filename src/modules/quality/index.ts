// The public face of the quality module.

export { monitorCall } from "./commands/monitor-call.js";
export { QUALITY_INDICATORS } from "./indicators.js";
export { monitoringScore, validateScorecards } from "./rules.js";
