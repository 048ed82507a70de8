/** The permissions of the PQR module (codes of catalogs/roles.json), checked by its routes. */
export const PQR_PERMISSIONS = {
  /** Consult PQRs: the worklist, a PQR's page, a customer's PQRs. */
  read: "pqr:read",
  /** File a PQR, an appeal, or the customer's desistance (advisor, adjustments cell, PQR area). */
  file: "pqr:file",
  /** The PQR area's work: answer, decide the reposición, forward to the authority, grant after silence. */
  work: "pqr:work",
  /** Configure the CUN range the authority assigned. */
  configure: "pqr:configure",
} as const;
