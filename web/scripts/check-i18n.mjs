// Fails when the Spanish and English messages (web/src/i18n/*.json and each feature's i18n/*.json) hold different keys, when a .tsx file shows text that does not go
// through t() (JSX text or a visible attribute such as aria-label), or when t("…") names a missing key.
// Usage: node web/scripts/check-i18n.mjs
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const webRoot = path.resolve(import.meta.dirname, "..");
const sourceRoot = path.join(webRoot, "src");
const LETTERS = /[A-Za-zÁÉÍÓÚáéíóúñÑüÜ]{2,}/;
const VISIBLE_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "label"]);
const PLURAL_SUFFIXES = ["_zero", "_one", "_two", "_few", "_many", "_other"];

function flatten(object, prefix = "") {
  return Object.entries(object).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? flatten(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const problems = [];
const featuresRoot = path.join(sourceRoot, "features");
/** The shared file plus every feature's own (web/src/features/<feature>/i18n/<language>.json). */
function messageFiles(language) {
  const features = readdirSync(featuresRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(featuresRoot, entry.name, "i18n", `${language}.json`))
    .filter((file) => existsSync(file));
  return [
    path.join(sourceRoot, "i18n", `${language}.json`),
    path.join(sourceRoot, "i18n", "labels", `${language}.json`),
    path.join(sourceRoot, "ui", "i18n", `${language}.json`),
    ...features,
  ];
}
function keysOf(language) {
  const keys = new Set();
  for (const file of messageFiles(language)) {
    for (const key of flatten(JSON.parse(readFileSync(file, "utf8")))) {
      if (keys.has(key)) problems.push(`${path.relative(webRoot, file)} repeats the key ${key}`);
      keys.add(key);
    }
  }
  return keys;
}
const es = keysOf("es");
const en = keysOf("en");
for (const key of es) if (!en.has(key)) problems.push(`en.json lacks the key ${key}`);
for (const key of en) if (!es.has(key)) problems.push(`es.json lacks the key ${key}`);

const hasKey = (key) => es.has(key) || PLURAL_SUFFIXES.some((suffix) => es.has(`${key}${suffix}`));

function literalKeys(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isConditionalExpression(node)) return [...literalKeys(node.whenTrue), ...literalKeys(node.whenFalse)];
  if (ts.isParenthesizedExpression(node)) return literalKeys(node.expression);
  return [];
}

function isTranslateCall(node) {
  const callee = node.expression;
  return (ts.isIdentifier(callee) && callee.text === "t") || (ts.isPropertyAccessExpression(callee) && callee.name.text === "t");
}

for (const file of sourceFiles(sourceRoot)) {
  const text = readFileSync(file, "utf8");
  const isTsx = file.endsWith(".tsx");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, isTsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const where = (node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    return `${path.relative(webRoot, file)}:${line + 1}`;
  };
  const visit = (node) => {
    if (isTsx && ts.isJsxText(node) && LETTERS.test(node.text)) {
      problems.push(`${where(node)}: text outside t(): "${node.text.trim()}"`);
    }
    if (
      isTsx &&
      ts.isJsxAttribute(node) &&
      VISIBLE_ATTRIBUTES.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      LETTERS.test(node.initializer.text)
    ) {
      problems.push(`${where(node)}: attribute ${node.name.getText(source)} outside t(): "${node.initializer.text}"`);
    }
    if (ts.isCallExpression(node) && isTranslateCall(node) && node.arguments[0]) {
      for (const key of literalKeys(node.arguments[0])) {
        if (!hasKey(key)) problems.push(`${where(node)}: t("${key}") is not in es.json`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

if (problems.length > 0) {
  console.error(`check-i18n: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(`check-i18n: ${es.size} keys in es.json and en.json, every visible text goes through t()`);
