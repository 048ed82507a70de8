import type { CommandContext } from "../../platform/context.js";
import { AppError } from "../../platform/errors.js";
import { requireStep } from "../../platform/procedure/require-step.js";
import { readCatalog } from "../catalogs/index.js";
import { CANCELLATION_REASONS_KIND, NOTE_TEMPLATES_KIND, OFFERS_KIND, SETTINGS_KIND } from "./catalog-kinds.js";
import type {
  CancellationReasonsCatalog,
  CustomerFlag,
  NoteTemplatesCatalog,
  OffersCatalog,
  RetentionSettings,
} from "./catalog-types.js";
import { type CaseFacts, type CaseState, type CaseStep, NO_CASE_FACTS, RETENTION_PROCEDURE } from "./procedure.js";
import { type CaseCustomerRow, findCase, findCaseCustomer } from "./queries.js";
import type { CaseRow } from "./repo.js";
import { type ProductFact, raisedFlags } from "./rules.js";

export interface CaseCatalogs {
  versions: Record<string, number>;
  settings: RetentionSettings;
  offers: OffersCatalog;
  templates: NoteTemplatesCatalog;
  reasons: CancellationReasonsCatalog;
}

/** The retention catalogs: the current versions (a new case) or the ones a case was opened with. */
export async function loadCaseCatalogs(ctx: CommandContext, versions: Record<string, number> = {}): Promise<CaseCatalogs> {
  // One connection: the reads go one after the other.
  const settings = await readCatalog<RetentionSettings>(ctx.tx, SETTINGS_KIND, "default", versions[SETTINGS_KIND]);
  const offers = await readCatalog<OffersCatalog>(ctx.tx, OFFERS_KIND, "default", versions[OFFERS_KIND]);
  const templates = await readCatalog<NoteTemplatesCatalog>(
    ctx.tx,
    NOTE_TEMPLATES_KIND,
    "default",
    versions[NOTE_TEMPLATES_KIND],
  );
  const reasons = await readCatalog<CancellationReasonsCatalog>(
    ctx.tx,
    CANCELLATION_REASONS_KIND,
    "default",
    versions[CANCELLATION_REASONS_KIND],
  );
  return {
    versions: {
      [SETTINGS_KIND]: settings.version,
      [OFFERS_KIND]: offers.version,
      [NOTE_TEMPLATES_KIND]: templates.version,
      [CANCELLATION_REASONS_KIND]: reasons.version,
    },
    settings: settings.content,
    offers: offers.content,
    templates: templates.content,
    reasons: reasons.content,
  };
}

export interface CaseContext {
  row: CaseRow;
  customer: CaseCustomerRow;
  catalogs: CaseCatalogs;
  flags: CustomerFlag[];
}

/** Locks a case of the tenant for a step and gathers what its guards decide with; NOT_FOUND otherwise. */
export async function lockCase(ctx: CommandContext, id: string): Promise<CaseContext> {
  const row = await findCase(ctx.tx, id, { forUpdate: true });
  if (!row) throw new AppError("NOT_FOUND", "Caso de retención no encontrado");
  const customer = await findCaseCustomer(ctx.tx, row.customer_id);
  if (!customer) throw new AppError("NOT_FOUND", "Cliente no encontrado");
  const catalogs = await loadCaseCatalogs(ctx, row.catalog_versions);
  return { row, customer, catalogs, flags: customerFlags(customer) };
}

export function customerFlags(customer: CaseCustomerRow): CustomerFlag[] {
  return raisedFlags({
    isDelinquent: customer.is_delinquent,
    hasCreditBureauFlag: customer.has_credit_bureau_flag,
    withdrawnForNonPayment: customer.products.filter((p) => p.withdrawnForNonPayment).map((p) => p.serviceNumber),
  });
}

/** The customer's product with this id, as the offer rules see it; NOT_FOUND when it is not theirs. */
export function customerProduct(customer: CaseCustomerRow, productId: string): ProductFact & { monthlyFee: number | null } {
  const product = customer.products.find((p) => p.id === productId);
  if (!product) throw new AppError("NOT_FOUND", "El producto no es de este cliente", { field: "productId" });
  return product;
}

/** The state the step leads to, or the step's refusal (role, order, guard) with nothing changed. */
export function requireCaseStep(
  step: CaseStep,
  state: CaseState,
  ctx: CommandContext,
  facts: Partial<CaseFacts> = {},
): CaseState {
  return requireStep(RETENTION_PROCEDURE, step, { state, roles: ctx.actor.roles, facts: { ...NO_CASE_FACTS, ...facts } });
}
