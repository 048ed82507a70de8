import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answersProblem, monitoringScore, type ScorecardsCatalog, validateScorecards } from "./rules.js";

const catalog: ScorecardsCatalog = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), "catalogs/quality_scorecards/default.json"), "utf8"),
);
const card = catalog.scorecards[0]!;
const all = (value: boolean) => Object.fromEntries(card.sections.flatMap((s) => s.checkpoints.map((c) => [c.code, value])));

describe("scorecards", () => {
  it("the default card's points add up to 100", () => expect(validateScorecards(catalog)).toEqual([]));

  it("a card whose points do not add up is refused with the sum it has", () => {
    const broken = structuredClone(catalog);
    broken.scorecards[0]!.sections[1]!.checkpoints[0]!.points = 15;
    expect(validateScorecards(broken)).toEqual([
      {
        path: "scorecards.0.totalPoints",
        message:
          "Los puntos de la ficha «Ficha de monitoreo — atención outbound Claro Premium» suman 95, no 100: ajuste los puntos de sus puntos de control",
      },
    ]);
  });

  it("repeated card or checkpoint codes are named", () => {
    const broken = structuredClone(catalog);
    broken.scorecards.push(structuredClone(broken.scorecards[0]!));
    broken.scorecards[0]!.sections[2]!.checkpoints[0]!.code = "greeting";
    const messages = validateScorecards(broken).map((i) => i.message);
    expect(messages).toContain("La ficha «outbound_premium» está repetida");
    expect(messages.some((m) => m.includes("«greeting» está repetido"))).toBe(true);
  });
});

describe("a monitoring's score", () => {
  it("is the points met over the total; everything met is 100", () => {
    expect(monitoringScore(card, all(true))).toEqual({ score: 100, criticalFailed: false });
    expect(monitoringScore(card, { ...all(true), solution: false, farewell: false })).toEqual({
      score: 60,
      criticalFailed: false,
    });
  });

  it("a failed critical item zeroes it whatever else was met", () => {
    expect(monitoringScore(card, { ...all(true), identity_check: false })).toEqual({ score: 0, criticalFailed: true });
  });

  it("nothing met but the critical items is 0 without a critical failure", () => {
    expect(monitoringScore(card, { ...all(false), identity_check: true, no_false_promise: true })).toEqual({
      score: 0,
      criticalFailed: false,
    });
  });

  it("answers must cover the card exactly", () => {
    expect(answersProblem(card, all(true))).toBeNull();
    const { greeting: _, ...missing } = all(true);
    expect(answersProblem(card, missing)).toBe("Falta calificar «Saluda, se presenta y presenta la empresa»");
    expect(answersProblem(card, { ...all(true), smile: true })).toBe(
      "El punto de control «smile» no está en la ficha «Ficha de monitoreo — atención outbound Claro Premium»",
    );
  });
});
