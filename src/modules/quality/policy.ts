/** The permissions of quality monitoring (catalogs/roles.json). */
export const PERMISSIONS = {
  /** See every advisor's monitorings (quality team, supervisors, management). */
  read: "quality:read",
  /** Score a recorded call with a scorecard (the quality team). */
  monitor: "quality:monitor",
  /** See and acknowledge one's own monitorings (the advisor). */
  own: "quality:own",
} as const;
