/** Pure rules of the customers' surveys (seed 002 §6): the NPS scale and the advisor-satisfaction score. */

export type NpsCategory = "promoter" | "passive" | "detractor";

/** The standard NPS scale: promoters 9–10, passives 7–8 (counted in the denominator), detractors 0–6. */
export function npsCategory(score: number): NpsCategory {
  if (score >= 9) return "promoter";
  if (score >= 7) return "passive";
  return "detractor";
}

/** A survey's weight in the NPS numerator: +1 promoter, 0 passive, −1 detractor; each survey counts 1 in the denominator. */
export function npsWeight(score: number): 1 | 0 | -1 {
  const category = npsCategory(score);
  return category === "promoter" ? 1 : category === "passive" ? 0 : -1;
}

/** NPS over a set of scores, −100 … +100; null with no surveys (shown as «sin datos», never 0). */
export function netPromoterScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  return (100 * scores.reduce((sum, score) => sum + npsWeight(score), 0)) / scores.length;
}

/**
 * Perceived quality: the advisor-satisfaction answers (0–10) as a share of the best answer, × 100;
 * a survey without that answer does not count. Null with no answers.
 */
export function perceivedQuality(advisorScores: readonly (number | null)[]): number | null {
  const answered = advisorScores.filter((score): score is number => score !== null);
  if (answered.length === 0) return null;
  return (100 * answered.reduce((sum, score) => sum + score / 10, 0)) / answered.length;
}

/** Why a score is not on the 0–10 scale, in Spanish (null when it is). */
export function scoreProblem(value: number): string | null {
  if (!Number.isInteger(value)) return `La calificación «${value}» debe ser un número entero de 0 a 10`;
  if (value < 0 || value > 10) return `La calificación «${value}» está fuera de la escala de 0 a 10`;
  return null;
}
