/** The permissions of seed 001 (catalogs/roles.json). */
export const SERVICE_REQUEST_PERMISSIONS = {
  /** See service requests, their tickets, the control board and the indicator. */
  read: "servicerequests:read",
  /** Key a service request or its re-entry (advisor, platform monitor). */
  key: "servicerequests:key",
  /** Take the procedure's steps and attend engineering tickets (each step still checks its role). */
  work: "servicerequests:work",
  /** Send the month's zoning cases to billing. */
  bill: "servicerequests:bill",
} as const;

/** The realtime event the control board listens to. */
export const BOARD_TOPIC = "servicerequests.board";
