import "../../src/app/modules.js";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { installedModules, timelineActions } from "../../src/platform/manifest.js";

const root = path.resolve(import.meta.dirname, "../..");
const declared = timelineActions();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|sql)$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}
const sources = sourceFiles(path.join(root, "src")).map((file) => ({
  file: path.relative(root, file),
  text: readFileSync(file, "utf8"),
}));

function webActionLabels(language: "es" | "en"): Record<string, string> {
  const messages = JSON.parse(readFileSync(path.join(root, "web/src/i18n", `${language}.json`), "utf8"));
  return messages.actions;
}

describe("timeline actions", () => {
  it("are declared by the modules, each with a Spanish and an English label", () => {
    expect(declared.size).toBeGreaterThan(60);
    for (const [code, labels] of declared) {
      expect(code, labels.module).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(labels.es.trim(), code).not.toBe("");
      expect(labels.en.trim(), code).not.toBe("");
    }
    const owners = installedModules().filter((m) => Object.keys(m.timelineActions ?? {}).length > 0);
    expect(owners.length).toBeGreaterThan(10);
  });

  it("every action the code writes is declared", () => {
    // The type system already holds recordEvent, sqlAction and sqlActionWhen to declared actions; this
    // catches a literal that reaches the timeline some other way (a cast, a new writer).
    const used = new Map<string, string>();
    const patterns = [
      /\baction: "([a-z][a-z0-9_]*)"/g,
      /\bcommittedAction: "([a-z][a-z0-9_]*)"/g,
      /\bsqlAction\("([a-z][a-z0-9_]*)"\)/g,
      /\bsqlActionWhen\([^,]+, "([a-z][a-z0-9_]*)", "([a-z][a-z0-9_]*)"\)/g,
    ];
    for (const { file, text } of sources) {
      if (!text.includes("timeline/record-event.js") && !text.includes("committedAction")) continue;
      for (const pattern of patterns) {
        for (const match of text.matchAll(pattern)) for (const code of match.slice(1)) used.set(code, file);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const undeclared = [...used].filter(([code]) => !declared.has(code)).map(([code, file]) => `${code} (${file})`);
    expect(undeclared).toEqual([]);
  });

  it("only the platform's writer names the events table in an INSERT", () => {
    const writers = sources.filter(({ text }) => /insert\s+into\s+events\b/i.test(text)).map(({ file }) => file);
    expect(writers).toEqual([path.join("src", "platform", "timeline", "record-event.ts")]);
  });

  it("the web shows every declared action with the declared labels, and labels no other", () => {
    for (const language of ["es", "en"] as const) {
      const web = webActionLabels(language);
      expect(Object.keys(web).sort(), `web/src/i18n/${language}.json actions`).toEqual([...declared.keys()].sort());
      for (const [code, labels] of declared) {
        expect(web[code], `web/src/i18n/${language}.json actions.${code} (declared by ${labels.module})`).toBe(labels[language]);
      }
    }
  });
});
