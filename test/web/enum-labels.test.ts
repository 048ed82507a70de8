import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MODULES } from "../../src/app/modules.js";
import { adjustmentRowProcedure } from "../../src/modules/adjustments/procedure.js";
import { cancellationCaseProcedure } from "../../src/modules/cancellations/case/procedure.js";
import { ATTEMPT_RESULTS, CASE_STATUSES } from "../../src/modules/cancellations/case/rules.js";
import { BENEFIT_KINDS, CLOSING_ACTIONS, FIELD_TYPES, OUTCOMES } from "../../src/modules/cancellations/catalog/schema.js";
import { PRODUCT_KINDS, PRODUCT_STATUSES, TECHNOLOGIES, TIERS } from "../../src/modules/customers/schemas.js";
import { DEADLINE_STATUSES, DEADLINE_UNITS } from "../../src/modules/deadlines/rules.js";
import { VISIT_CLOSE_REASONS, VISIT_STATUSES } from "../../src/modules/dialer/rules.js";
import { FOLLOW_UP_PROCEDURE } from "../../src/modules/followups/procedure.js";
import { FOLLOW_UP_QUESTIONS } from "../../src/modules/followups/rules.js";
import { PQR_PROCEDURE } from "../../src/modules/pqr/procedure.js";
import { CASE_BRANCHES, CUSTOMER_FLAGS, OFFER_TYPES } from "../../src/modules/retention/catalog-types.js";
import { RETENTION_PROCEDURE } from "../../src/modules/retention/procedure.js";
import { OFFER_REFUSALS } from "../../src/modules/retention/rules.js";
import { REQUEST_PROCEDURE } from "../../src/modules/servicerequests/procedure.js";
import { ORDER_TYPES, PAYMENT_METHODS } from "../../src/modules/workorders/catalog-types.js";
import { WORK_ORDER_PROCEDURE } from "../../src/modules/workorders/procedure.js";
import { CATALOGS_DIR } from "../../src/platform/catalog-files.js";
import { ADAPTERS } from "../../src/platform/extensions/outbound.js";
import { LABEL_GROUPS, type LabelGroup, labelKey } from "../../web/src/i18n/labels.js";
import { webMessages } from "../support/web-messages.js";

/**
 * Every value the server can send has a Spanish and an English label, so no screen shows an internal
 * name. A new status, action, kind or operation on the server fails here until web/src/i18n (or the
 * feature's i18n) labels it.
 */

type Messages = Record<string, unknown>;

const messages = (language: "es" | "en") => webMessages(language) as Messages;

function has(tree: Messages, key: string): boolean {
  const parts = key.split(".");
  // Keys may hold dots themselves ("integrationOperations.promotion.activate"): try each split of the tail.
  const walk = (node: unknown, rest: string[]): boolean => {
    if (rest.length === 0) return typeof node === "string";
    if (typeof node !== "object" || node === null) return false;
    const record = node as Messages;
    for (let n = rest.length; n >= 1; n--) {
      const head = rest.slice(0, n).join(".");
      if (head in record && walk(record[head], rest.slice(n))) return true;
      if (n === rest.length && [`${head}_one`, `${head}_other`].some((plural) => typeof record[plural] === "string")) return true;
    }
    return false;
  };
  return walk(tree, parts);
}

// Every procedure whose steps reach a screen (src/platform/procedure): its steps and states by «<code>.<name>».
const PROCEDURES = [
  adjustmentRowProcedure,
  cancellationCaseProcedure,
  FOLLOW_UP_PROCEDURE,
  PQR_PROCEDURE,
  RETENTION_PROCEDURE,
  REQUEST_PROCEDURE,
  WORK_ORDER_PROCEDURE,
] as Array<{ code: string; steps: Record<string, { label: string }>; states: Record<string, { label: string }> }>;
const procedureSteps = PROCEDURES.flatMap((p) => Object.keys(p.steps).map((step) => `${p.code}.${step}`));
const procedureStates = PROCEDURES.flatMap((p) => Object.keys(p.states).map((state) => `${p.code}.${state}`));

const roleCatalog = JSON.parse(fs.readFileSync(path.join(CATALOGS_DIR, "roles.json"), "utf8")) as {
  roles: Array<{ code: string }>;
};
const roles = roleCatalog.roles.map((role) => role.code);
const outboundOperations = [
  "billing_claim.file",
  "promotion.activate",
  "promotion.deactivate",
  "work_order.create",
  "work_order.close",
];
const timelineActions = MODULES.flatMap((m) => Object.keys(m.timelineActions ?? {}));
const importKinds = MODULES.flatMap((m) => (m.importKinds ?? []).map((kind) => kind.code));
const importFields = MODULES.flatMap((m) => (m.importKinds ?? []).flatMap((kind) => kind.columns.map((column) => column.field)));
const followUpAnswers = [
  ...Object.values(FOLLOW_UP_QUESTIONS).flatMap((questions) => questions.map((q) => q.key)),
  "note",
  "newClaim",
  "newClaimCodes",
  "stillCustomer",
];

// The catalog editor draws each kind's schema as a form: every property is a field label, every literal
// an option label, every key of a fixed record (the retries per call outcome) a heading.
type SchemaNode = Record<string, unknown>;
const catalogFields = new Set<string>();
const catalogValues = new Set<string>();
function walkSchema(node: unknown): void {
  if (typeof node !== "object" || node === null) return;
  const schema = node as SchemaNode;
  if (schema.const !== undefined) catalogValues.add(String(schema.const));
  for (const [name, child] of Object.entries((schema.properties ?? {}) as SchemaNode)) {
    catalogFields.add(name);
    walkSchema(child);
  }
  const items = schema.items;
  for (const child of Array.isArray(items) ? items : [items]) walkSchema(child);
  for (const union of ["anyOf", "oneOf", "allOf"])
    for (const child of (schema[union] as unknown[] | undefined) ?? []) walkSchema(child);
  for (const child of Object.values((schema.patternProperties ?? {}) as SchemaNode)) walkSchema(child);
}
for (const kind of MODULES.flatMap((m) => m.catalogKinds ?? [])) walkSchema(kind.schema);

const SERVER_VALUES: Array<[LabelGroup, readonly string[]]> = [
  ["roles", roles],
  ["actions", timelineActions],
  [
    "subjectTypes",
    [
      "catalog",
      "claim",
      "complaint_case",
      "customer",
      "follow_up",
      "import",
      "product",
      "retention_case",
      "retention_evaluation",
      "tenant",
      "user",
      "work_order",
      "closing_instruction",
    ],
  ],
  ["deadlineStatuses", DEADLINE_STATUSES],
  ["deadlineKinds", ["pending_closing", "closing_instruction", "activity_40530"]],
  ["deadlineUnits", DEADLINE_UNITS],
  ["importKinds", importKinds],
  ["importFields", [...new Set(importFields)]],
  ["tiers", TIERS],
  ["productKinds", PRODUCT_KINDS],
  ["technologies", TECHNOLOGIES],
  ["productStatuses", PRODUCT_STATUSES],
  ["caseStatuses", CASE_STATUSES],
  ["attemptResults", ATTEMPT_RESULTS],
  ["outcomes", OUTCOMES],
  ["benefitKinds", BENEFIT_KINDS],
  ["closingActions", CLOSING_ACTIONS],
  ["fieldTypes", FIELD_TYPES],
  ["integrationOperations", outboundOperations],
  ["integrationAdapters", ADAPTERS],
  ["catalogScopes", ["default", "internet-retention"]],
  ["followUpKinds", Object.keys(FOLLOW_UP_QUESTIONS)],
  ["followUpAnswers", [...new Set(followUpAnswers)]],
  ["offerTypes", OFFER_TYPES],
  ["caseBranches", CASE_BRANCHES],
  ["customerFlags", CUSTOMER_FLAGS],
  ["workOrderTypes", ORDER_TYPES],
  ["paymentMethods", PAYMENT_METHODS],
  ["booleans", ["true", "false"]],
  ["catalogFields", [...catalogFields]],
  ["catalogValues", [...catalogValues]],
  ["visitStatuses", VISIT_STATUSES],
  ["visitCloseReasons", VISIT_CLOSE_REASONS],
  ["procedureSteps", procedureSteps],
  ["procedureStates", procedureStates],
  ["offerRefusals", OFFER_REFUSALS],
  ["branchReasons", ["repeated_damage", "no_repeated_damage"]],
];

describe("labels for every server enum", () => {
  for (const language of ["es", "en"] as const) {
    const tree = messages(language);
    it(`every value has a label in ${language === "es" ? "Spanish" : "English"}`, () => {
      const missing: string[] = [];
      for (const [group, values] of SERVER_VALUES) {
        for (const value of values) {
          const { key } = labelKey(group, value);
          if (!has(tree, key)) missing.push(`${group}: ${value} (${key})`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  it("every group of the registry is checked", () => {
    const checked = new Set(SERVER_VALUES.map(([group]) => group));
    const unchecked = (Object.keys(LABEL_GROUPS) as LabelGroup[]).filter(
      (group) =>
        !checked.has(group) &&
        // Groups whose values the web itself defines (phases, statuses of web-only views) are checked where defined.
        ![
          "deadlinePhases",
          "importStatuses",
          "dispositionKinds",
          "instructionStatuses",
          "integrationStatuses",
          "integrationModes",
          "offerStatuses",
          "workOrderStatuses",
        ].includes(group),
    );
    expect(unchecked).toEqual([]);
  });
});

describe("labels for every procedure", () => {
  it("the Spanish names of steps and states are the procedure's own (one wording for the screen, the CLI and the timeline)", () => {
    const es = messages("es") as { procedureSteps: Record<string, Messages>; procedureStates: Record<string, Messages> };
    const differ: string[] = [];
    for (const procedure of PROCEDURES) {
      for (const [step, { label }] of Object.entries(procedure.steps))
        if (es.procedureSteps[procedure.code]?.[step] !== label) differ.push(`${procedure.code}.${step}`);
      for (const [state, { label }] of Object.entries(procedure.states))
        if (es.procedureStates[procedure.code]?.[state] !== label) differ.push(`${procedure.code}.${state}`);
    }
    expect(differ).toEqual([]);
  });

  it("procedure codes are unique, so «<code>.<step>» names one step", () => {
    const codes = PROCEDURES.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe("labels for every installed indicator", () => {
  const definitions = MODULES.flatMap((m) => m.indicators ?? []);
  const keys = [
    ...definitions.flatMap((d) => [`indicators.${d.code}.name`, `indicators.${d.code}.formula`]),
    ...definitions.flatMap((d) => d.dimensions.map((dimension) => `indicatorDimensions.${dimension}`)),
  ];
  for (const language of ["es", "en"] as const) {
    it(`every indicator and dimension has a label in ${language === "es" ? "Spanish" : "English"}`, () => {
      const tree = messages(language);
      expect([...new Set(keys)].filter((key) => !has(tree, key))).toEqual([]);
    });
    // Drill-down columns are named by their definition (the .xlsx and the CLI need them too), not by the web.
    it(`every drill-down column names itself in ${language === "es" ? "Spanish" : "English"}`, () => {
      const unnamed = definitions.flatMap((d) =>
        d.rowColumns.filter((c) => !c.label?.[language]?.trim()).map((c) => `${d.code}:${c.key}`),
      );
      expect(unnamed).toEqual([]);
    });
    it(`every code a definition declares has its words in ${language === "es" ? "Spanish" : "English"}`, () => {
      const unnamed = definitions.flatMap((d) =>
        Object.entries(d.codes ?? {}).flatMap(([key, codes]) =>
          Object.entries(codes)
            .filter(([, words]) => !words[language]?.trim())
            .map(([code]) => `${d.code}:${key}:${code}`),
        ),
      );
      expect(unnamed).toEqual([]);
    });
  }
});
