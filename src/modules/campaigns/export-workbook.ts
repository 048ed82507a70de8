import type { Tx } from "../../platform/db/pool.js";
import type { BenefitsCatalog } from "../cancellations/index.js";
import { BENEFITS_KIND, readCampaignCatalog } from "../cancellations/index.js";
import { readCatalog } from "../catalogs/index.js";
import { writeCampaignWorkbook } from "./catalog-workbook.js";

/** The current catalogs of a campaign as an .xlsx, stamped with their versions for a safe re-import. */
export async function exportCampaignWorkbook(tx: Tx, campaign: string): Promise<Buffer> {
  const dispositions = await readCampaignCatalog(tx, campaign);
  const benefits = await readCatalog<BenefitsCatalog>(tx, BENEFITS_KIND, dispositions.content.benefitsScope);
  const workbook = writeCampaignWorkbook({
    dispositions: dispositions.content,
    benefits: benefits.content,
    dispositionsVersion: dispositions.version,
    benefitsVersion: benefits.version,
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
