import type { Tx } from "../../../platform/db/pool.js";
import { AppError } from "../../../platform/errors.js";
import { type CatalogDocument, readCatalog } from "../../catalogs/index.js";
import { findCampaignQueuePolicy } from "../case/repo.js";
import { BENEFITS_KIND, DISPOSITIONS_KIND } from "./kinds.js";
import type { BenefitsCatalog, DispositionCatalog, MotiveDefinition } from "./schema.js";

const campaignNotFound = (campaign: string) =>
  new AppError("NOT_FOUND", `No existe la campaña «${campaign}» (catálogo de tipificaciones)`, { field: "campaign" });

/**
 * A campaign's catalog: its current version (a new decision), or the version a case was decided with
 * (what it shows and what its history means). A campaign that does not exist is a 404 naming it.
 */
export async function readCampaignCatalog(
  tx: Tx,
  campaign: string,
  version?: number,
): Promise<CatalogDocument<DispositionCatalog>> {
  try {
    return await readCatalog<DispositionCatalog>(tx, DISPOSITIONS_KIND, campaign, version);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND" && version === undefined) throw campaignNotFound(campaign);
    throw error;
  }
}

/** What the queue commands need of a campaign: its current catalog version and how long a kept callback waits. */
export interface CampaignQueuePolicy {
  version: number;
  returnToPoolAfterMinutes: number;
}

/**
 * That the campaign exists (a 404 naming it otherwise) and its queue settings, read from its current
 * catalog version without loading the whole document: for commands that decide nothing with it.
 */
export async function requireCampaign(tx: Tx, campaign: string): Promise<CampaignQueuePolicy> {
  const found = await findCampaignQueuePolicy(tx, DISPOSITIONS_KIND, campaign);
  if (!found) throw campaignNotFound(campaign);
  return { version: found.version, returnToPoolAfterMinutes: found.return_minutes };
}

/** The benefits matrix a motive's benefit fields read, when it has any. */
export async function readBenefitsFor(
  tx: Tx,
  catalog: DispositionCatalog,
  motive: MotiveDefinition,
): Promise<CatalogDocument<BenefitsCatalog> | null> {
  if (!motive.fields.some((field) => field.type === "benefit")) return null;
  return readCatalog<BenefitsCatalog>(tx, BENEFITS_KIND, catalog.benefitsScope);
}
