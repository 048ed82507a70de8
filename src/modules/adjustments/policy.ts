/** The permissions of the adjustments cell (catalogs/roles.json). */
export const PERMISSIONS = {
  /** See the cell's desk, a cut's rows, a row's page and the indicators (cell, back office, supervisor …). */
  read: "adjustments:read",
  /** Validate rows, review rejections, contact customers, export a cut and send its credit lines (the cell). */
  work: "adjustments:work",
  /** Answer a row as the adjustments back office: approved or rejected. */
  answer: "adjustments:answer",
  /** Generate the weekly feedback and see who has not signed (supervisor). */
  coach: "adjustments:coach",
  /** See one's own rejections and sign one's feedback (the front-office agent). */
  own: "adjustments:own",
} as const;
