import type { TFunction } from "i18next";

/**
 * The one place where every code the server sends (statuses, actions, kinds, scopes, categories,
 * channels…) becomes words. Each group names the i18n key prefix of its labels; test/web/enum-labels.test.ts
 * fails when a value the server can send has no Spanish or English label, so no internal name reaches
 * a screen.
 */
export const LABEL_GROUPS = {
  roles: "roles",
  actions: "actions",
  subjectTypes: "subjectTypes",
  deadlineStatuses: "deadlineStatuses",
  deadlinePhases: "deadlinePhases",
  deadlineKinds: "deadlineKinds",
  deadlineUnits: "deadlineUnits",
  importKinds: "importKinds",
  importStatuses: "importStatuses",
  importFields: "fields",
  tiers: "tiers",
  productKinds: "productKinds",
  technologies: "technologies",
  productStatuses: "productStatuses",
  caseStatuses: "dispositions.statuses",
  attemptResults: "dispositions.results",
  dispositionKinds: "dispositions.kinds",
  instructionStatuses: "dispositions.instructionStatuses",
  outcomes: "outcomes",
  benefitKinds: "benefitKinds",
  closingActions: "closingActions",
  fieldTypes: "fieldTypes",
  integrationOperations: "integrationOperations",
  integrationAdapters: "integrationAdapters",
  integrationStatuses: "integrations.statuses",
  integrationModes: "integrations.modes",
  catalogScopes: "catalogScopes",
  followUpKinds: "followUpKinds",
  followUpAnswers: "followUpAnswers",
  offerTypes: "offerTypes",
  offerStatuses: "retention.offerStatuses",
  caseBranches: "retention.branches",
  customerFlags: "customerFlags",
  workOrderStatuses: "workOrders.statuses",
  workOrderTypes: "workOrders.types",
  paymentMethods: "workOrders.payments",
  booleans: "booleans",
  catalogFields: "catalogFields",
  catalogValues: "catalogValues",
  visitStatuses: "escalatedVisits.statuses",
  visitCloseReasons: "escalatedVisits.closeReasons",
  // «<procedure>.<code>»: the steps and states of every procedure (src/platform/procedure), by the procedure's code.
  procedureSteps: "procedureSteps",
  procedureStates: "procedureStates",
  offerRefusals: "retention.offerRefusals",
  branchReasons: "retention.branchReasons",
} as const;

export type LabelGroup = keyof typeof LABEL_GROUPS;

/** Codes built from a pattern: «activity_40530» is the deadline of activity 40530. */
const PATTERNS: Partial<Record<LabelGroup, Array<{ match: RegExp; key: string; params: (m: RegExpMatchArray) => object }>>> = {
  deadlineKinds: [{ match: /^activity_(.+)$/, key: "deadlineKinds.activity", params: (m) => ({ code: m[1] }) }],
  catalogScopes: [{ match: /^(?!default$)(.+)$/, key: "catalogScopes.campaign", params: (m) => ({ code: m[1] }) }],
};

/** The key a code's label is under, if the group labels it (directly or by a pattern). */
export function labelKey(group: LabelGroup, code: string): { key: string; params?: object } {
  const direct = `${LABEL_GROUPS[group]}.${code}`;
  for (const pattern of PATTERNS[group] ?? []) {
    const found = code.match(pattern.match);
    if (found) return { key: pattern.key, params: pattern.params(found) };
  }
  return { key: direct };
}

/** The words for a server code in the user's language. */
export function enumLabel(t: TFunction, group: LabelGroup, code: string | boolean): string {
  const value = String(code);
  const direct = `${LABEL_GROUPS[group]}.${value}`;
  const own = t(direct, { defaultValue: "" });
  if (own) return own;
  const { key, params } = labelKey(group, value);
  // An unknown code is shown as words, never as an identifier: «some_code» → «Some code».
  return t(key, { ...params, defaultValue: humanize(value) });
}

/** «retention_case» → «Retention case», a last resort for a code no group has labelled yet. */
export function humanize(code: string): string {
  const words = code.replace(/[._-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The translation of a server code within a group (roles, actions, statuses…); an unknown code is humanized. */
export function labelOf(t: TFunction, group: string, code: string): string {
  return t(`${group}.${code}`, { defaultValue: humanize(code) });
}
