import type { CatalogIssue } from "../../platform/extensions/catalog-kind.js";

/** Pure rules of quality monitoring (seed 002 §6, «Calidad emitida – nota de monitoreo»): scorecards and their score. */

export interface Checkpoint {
  code: string;
  label: string;
  points: number;
  /** Failing it zeroes the whole score. */
  critical?: boolean;
}

export interface Scorecard {
  code: string;
  name: string;
  totalPoints: number;
  sections: { code: string; name: string; checkpoints: Checkpoint[] }[];
  retired?: boolean;
}

export interface ScorecardsCatalog {
  scorecards: Scorecard[];
}

const checkpointsOf = (card: Scorecard) => card.sections.flatMap((s) => s.checkpoints);

/** Checks of a scorecards catalog beyond its schema: the points add up to the total, codes unique, a critical item to score. */
export function validateScorecards(catalog: ScorecardsCatalog): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const cards = new Set<string>();
  catalog.scorecards.forEach((card, i) => {
    if (cards.has(card.code)) issues.push({ path: `scorecards.${i}.code`, message: `La ficha «${card.code}» está repetida` });
    cards.add(card.code);
    const sum = checkpointsOf(card).reduce((total, c) => total + c.points, 0);
    if (sum !== card.totalPoints)
      issues.push({
        path: `scorecards.${i}.totalPoints`,
        message: `Los puntos de la ficha «${card.name}» suman ${sum}, no ${card.totalPoints}: ajuste los puntos de sus puntos de control`,
      });
    const codes = new Set<string>();
    card.sections.forEach((section, j) => {
      section.checkpoints.forEach((checkpoint, k) => {
        if (codes.has(checkpoint.code))
          issues.push({
            path: `scorecards.${i}.sections.${j}.checkpoints.${k}.code`,
            message: `El punto de control «${checkpoint.code}» está repetido en la ficha «${card.name}»`,
          });
        codes.add(checkpoint.code);
      });
    });
  });
  return issues;
}

/** Why a monitor's answers do not fit the scorecard (every checkpoint answered, none foreign), in Spanish; null when they fit. */
export function answersProblem(card: Scorecard, answers: Record<string, boolean>): string | null {
  const codes = checkpointsOf(card).map((c) => c.code);
  const foreign = Object.keys(answers).find((code) => !codes.includes(code));
  if (foreign) return `El punto de control «${foreign}» no está en la ficha «${card.name}»`;
  const missing = checkpointsOf(card).find((c) => answers[c.code] === undefined);
  if (missing) return `Falta calificar «${missing.label}»`;
  return null;
}

/**
 * The monitoring's score on 0–100: the points of the checkpoints met over the card's total; 0 when a
 * critical item failed.
 */
export function monitoringScore(card: Scorecard, answers: Record<string, boolean>): { score: number; criticalFailed: boolean } {
  const checkpoints = checkpointsOf(card);
  const criticalFailed = checkpoints.some((c) => c.critical && answers[c.code] === false);
  if (criticalFailed) return { score: 0, criticalFailed };
  const earned = checkpoints.filter((c) => answers[c.code]).reduce((sum, c) => sum + c.points, 0);
  return { score: Math.round((10_000 * earned) / card.totalPoints) / 100, criticalFailed };
}
