import { describe, expect, it } from "vitest";
import { SharedStrings } from "./shared-strings.js";

describe("compact shared-strings table", () => {
  it("returns every text as added, across buffer boundaries and array growth, multi-byte included", () => {
    const table = new SharedStrings();
    const texts = Array.from({ length: 20_000 }, (_, i) => `Peña Núñez ${i} ${"á".repeat(i % 97)}`);
    texts.push("x".repeat(2 * 1024 * 1024), "", "último");
    for (const text of texts) table.add(text);
    expect(table.size).toBe(texts.length);
    for (const index of [0, 1, 4095, 4096, 12_345, 19_999, 20_000, 20_001, 20_002]) expect(table.get(index)).toBe(texts[index]);
    expect(table.get(texts.length)).toBeUndefined();
    expect(table.get(-1)).toBeUndefined();
  });
});
