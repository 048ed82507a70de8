import { recordPractice } from "../modules/practices/index.js";
import { receiveSurveys } from "../modules/surveys/index.js";
import type { Actor } from "../platform/context.js";
import type { Tx } from "../platform/db/pool.js";

const DAY = 86_400_000;
// Fixed answers so the demo's NPS and perceived quality are the same on every run: 6 promoters, 2 passives, 2 detractors.
const NPS_SCORES = [10, 9, 9, 10, 8, 7, 9, 6, 10, 3];
const ADVISOR_SCORES = [10, 9, 10, 10, 8, 8, 9, 7, 10, 5];

/**
 * The operating model's demo (issue 13): surveys answered after the advisors' calls over the last ten days
 * (as the survey tool's webhook would post them), and the supervisor's practices of the last five working days.
 */
export async function seedOperatingModelDemo(
  tx: Tx,
  actors: { admin: Actor; supervisor: Actor; advisors: Actor[] },
  now: Date,
): Promise<{ surveys: number; practices: number }> {
  const surveys = NPS_SCORES.map((npsScore, i) => ({
    externalId: `DEMO-ENC-${String(i + 1).padStart(3, "0")}`,
    answeredAt: new Date(now.getTime() - (i + 1) * DAY).toISOString(),
    agentEmail: actors.advisors[i % actors.advisors.length]!.email,
    campaign: "Claro Premium",
    npsScore,
    advisorScore: ADVISOR_SCORES[i]!,
  }));
  const received = await receiveSurveys(surveys, { tx, actor: actors.admin, now });
  let practices = 0;
  for (let daysAgo = 1; daysAgo <= 5; daysAgo++) {
    const heldAt = new Date(now.getTime() - daysAgo * DAY).toISOString();
    for (const practiceCode of ["daily_dialogue", "process_confirmation"]) {
      await recordPractice(
        { practiceCode, heldAt, notes: "Revisión de indicadores del día con el equipo" },
        { tx, actor: actors.supervisor, now },
      );
      practices++;
    }
  }
  await recordPractice(
    {
      practiceCode: "improvement_meeting",
      heldAt: new Date(now.getTime() - 2 * DAY).toISOString(),
      ideas: [{ title: "Guion corto para clientes VIP con mora" }, { title: "Aviso de encuesta al cerrar la llamada" }],
    },
    { tx, actor: actors.supervisor, now },
  );
  return { surveys: received.created, practices: practices + 1 };
}
