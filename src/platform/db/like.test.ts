import { describe, expect, it } from "vitest";
import { containsPattern } from "./like.js";

describe("containsPattern", () => {
  it("wraps the trimmed text in % and escapes the user's wildcards", () => {
    expect(containsPattern("  ana ")).toBe("%ana%");
    expect(containsPattern("50%")).toBe("%50\\%%");
    expect(containsPattern("a_b\\c")).toBe("%a\\_b\\\\c%");
  });
});
