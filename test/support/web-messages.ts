import fs from "node:fs";
import path from "node:path";

const WEB = path.resolve(import.meta.dirname, "../../web/src");

/** Every text the web ships in one language, merged as the app loads them: the app's, the labels', the ui's, each feature's. */
export function webMessages(language: "es" | "en"): Record<string, unknown> {
  const files = [
    path.join(WEB, "i18n", `${language}.json`),
    path.join(WEB, "i18n", "labels", `${language}.json`),
    path.join(WEB, "ui", "i18n", `${language}.json`),
    ...fs
      .readdirSync(path.join(WEB, "features"))
      .map((feature) => path.join(WEB, "features", feature, "i18n", `${language}.json`))
      .filter((file) => fs.existsSync(file)),
  ];
  return Object.assign({}, ...files.map((file) => JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>));
}
