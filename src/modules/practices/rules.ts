import type { CatalogIssue } from "../../platform/extensions/catalog-kind.js";

/** Pure rules of the management practices (seeds 002 §7 and 004): the catalog, what is due, an idea's steps. */

export const FREQUENCIES = ["daily", "weekly", "fortnightly", "semiannual"] as const;
export const GOAL_PERIODS = ["day", "week", "fortnight", "semester"] as const;
export const IDEA_STATUSES = ["proposed", "approved", "in_progress", "done", "discarded"] as const;
export type GoalPeriod = (typeof GOAL_PERIODS)[number];
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

export interface PracticeGoal {
  role: string;
  count: number;
  per: GoalPeriod;
}

export interface Practice {
  code: string;
  name: string;
  description: string;
  frequency: (typeof FREQUENCIES)[number];
  durationMinutes: number;
  goals: PracticeGoal[];
  recordsIdeas?: boolean;
  retired?: boolean;
}

export interface PracticesCatalog {
  basis: string;
  workingDaysPerWeek: number;
  practices: Practice[];
}

// A semester is taken as 26 weeks; a fortnight as 2.
const WEEKS_PER: Record<GoalPeriod, number> = { day: 0, week: 1, fortnight: 2, semester: 26 };

/**
 * How many times a goal is due in one week: a daily goal on every working day, a fortnightly one half a
 * time, a semiannual one a 26th (adherence shares a longer period's goal evenly across its weeks).
 * sql/adherence-*.sql computes the same.
 */
export function weeklyDue(goal: PracticeGoal, workingDaysPerWeek: number): number {
  return goal.per === "day" ? goal.count * workingDaysPerWeek : goal.count / WEEKS_PER[goal.per];
}

/** A leader's weekly due for one practice: the largest of the goals of the leader's roles (0 when none applies). */
export function leaderWeeklyDue(practice: Practice, roles: readonly string[], workingDaysPerWeek: number): number {
  return Math.max(0, ...practice.goals.filter((g) => roles.includes(g.role)).map((g) => weeklyDue(g, workingDaysPerWeek)));
}

/**
 * Adherence of one leader and week: Σ min(held, due) ÷ Σ due over the practices due — holding one practice
 * more often does not make up for another skipped. Null when nothing was due.
 */
export function adherence(cells: readonly { held: number; due: number }[]): number | null {
  const due = cells.reduce((sum, c) => sum + c.due, 0);
  if (due === 0) return null;
  return cells.reduce((sum, c) => sum + Math.min(c.held, c.due), 0) / due;
}

const NEXT: Record<IdeaStatus, readonly IdeaStatus[]> = {
  proposed: ["approved", "discarded"],
  approved: ["in_progress", "discarded"],
  in_progress: ["done", "discarded"],
  done: [],
  discarded: [],
};

/** Whether an improvement idea may move from one status to another. */
export function canMoveIdea(from: IdeaStatus, to: IdeaStatus): boolean {
  return NEXT[from].includes(to);
}

/** Checks of a practices catalog beyond its schema: unique codes, one goal per role, a positive goal. */
export function validatePracticesCatalog(catalog: PracticesCatalog): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const seen = new Set<string>();
  catalog.practices.forEach((practice, i) => {
    if (seen.has(practice.code))
      issues.push({ path: `practices.${i}.code`, message: `La práctica «${practice.code}» está repetida` });
    seen.add(practice.code);
    const roles = new Set<string>();
    practice.goals.forEach((goal, j) => {
      if (roles.has(goal.role))
        issues.push({
          path: `practices.${i}.goals.${j}.role`,
          message: `La práctica «${practice.name}» tiene dos metas para el rol «${goal.role}»`,
        });
      roles.add(goal.role);
    });
  });
  return issues;
}

/** Why a practice cannot be recorded by this leader at this time: the field at fault and the Spanish reason (null when it can). */
export function recordingProblem(
  practice: Practice | undefined,
  input: { practiceCode: string; heldAt: Date; ideaCount: number },
  leaderRoles: readonly string[],
  now: Date,
): { field: string; message: string } | null {
  if (!practice || practice.retired)
    return {
      field: "practiceCode",
      message: `La práctica «${input.practiceCode}» no existe en el catálogo de prácticas de gestión`,
    };
  if (!practice.goals.some((g) => leaderRoles.includes(g.role)))
    return { field: "practiceCode", message: `La práctica «${practice.name}» no la realiza su rol` };
  if (input.heldAt.getTime() > now.getTime())
    return { field: "heldAt", message: "Una práctica se registra cuando ya se realizó: la fecha no puede ser futura" };
  if (input.ideaCount > 0 && !practice.recordsIdeas)
    return { field: "ideas", message: `La práctica «${practice.name}» no registra ideas de mejora` };
  return null;
}
