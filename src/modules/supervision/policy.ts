/** The supervisor's day is read with the dialer's supervision permission (catalogs/roles.json). */
export const PERMISSIONS = { day: "outbound:supervise" } as const;

/** The realtime events the day's tiles reload on: the dialer's campaign and agent changes, deadlines at risk or breached. */
export const DAY_EVENTS = [
  "outbound.campaign_changed",
  "outbound.agent_changed",
  "deadline.at_risk",
  "deadline.breached",
] as const;

/** Today's indicators on the day's tiles (grain day), in this order. */
export const DAY_INDICATORS = [
  "dialer.contactability",
  "dialer.effectiveness",
  "dialer.fcr",
  "quality.emitted",
  "surveys.nps",
  "workforce.absenteeism",
] as const;
