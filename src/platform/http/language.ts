/** The languages the product answers in: Spanish by default, English when the request asks for it. */
export type Language = "es" | "en";

/**
 * The language of an answer from the request's Accept-Language: English only when English (any region)
 * is preferred to Spanish by its quality values; Spanish when absent, malformed, tied or asking for
 * anything else.
 */
export function answerLanguage(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return "es";
  let es = 0;
  let en = 0;
  for (const part of acceptLanguage.split(",")) {
    const [tag = "", ...parameters] = part.trim().toLowerCase().split(";");
    const primary = tag.trim().split("-")[0];
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (!Number.isFinite(quality) || quality < 0 || quality > 1) continue;
    if (primary === "es" || primary === "*") es = Math.max(es, quality);
    if (primary === "en") en = Math.max(en, quality);
  }
  return en > es ? "en" : "es";
}
