import { describe, expect, it } from "vitest";
import { answerLanguage } from "./language.js";

describe("the language of an answer", () => {
  it("is Spanish by default", () => {
    for (const header of [undefined, "", "fr-FR", "de;q=0.9", "garbage;;", "*"]) expect(answerLanguage(header)).toBe("es");
  });
  it("is English when English is preferred to Spanish", () => {
    for (const header of ["en", "en-US", "EN-gb", "en-US,en;q=0.9", "es;q=0.5,en", "fr,en;q=0.8", "en;q=0.4,es;q=0.3"])
      expect(answerLanguage(header)).toBe("en");
  });
  it("stays Spanish when Spanish is preferred, tied, or English's quality is malformed", () => {
    for (const header of ["es-CO,en;q=0.5", "en;q=0.5,es;q=0.5", "en;q=abc", "en;q=2", "en;q=0", "*,en;q=0.9"])
      expect(answerLanguage(header)).toBe("es");
  });
});
