import { type ApiBody, type ApiResponse, client, unwrap } from "../../../api/client";

export type Scorecard = ApiResponse<"/api/quality/scorecards">["scorecards"][number];
export type EligibleCall = ApiResponse<"/api/quality/calls">["items"][number];
export type Monitoring = ApiResponse<"/api/quality/my-monitorings">["items"][number];

export const qualityApi = {
  monitor: (body: ApiBody<"/api/quality/monitorings">) => unwrap(client.POST("/api/quality/monitorings", { body })),
  acknowledge: (id: string, comment?: string) =>
    unwrap(
      client.POST("/api/quality/monitorings/{id}/acknowledge", {
        params: { path: { id } },
        body: comment ? { comment } : {},
      }),
    ),
};

/**
 * The running score as the server will compute it (src/modules/quality/rules.ts): the points of the checkpoints
 * met over the card's total, 0 as soon as a critical item is failed. Unanswered checkpoints earn nothing yet.
 */
export function runningScore(card: Scorecard, answers: Record<string, boolean>): { score: number; criticalFailed: boolean } {
  const checkpoints = card.sections.flatMap((s) => s.checkpoints);
  const criticalFailed = checkpoints.some((c) => c.critical && answers[c.code] === false);
  if (criticalFailed) return { score: 0, criticalFailed };
  const earned = checkpoints.filter((c) => answers[c.code] === true).reduce((sum, c) => sum + c.points, 0);
  return { score: Math.round((10_000 * earned) / card.totalPoints) / 100, criticalFailed };
}
