import { type ApiResponse, apiUrl } from "../../../api/client";
import { uploadWithProgress } from "../../imports/api/imports-api";

/** A campaign's form data, pending aging and catalog workbook (its indicators are the engine's: features/indicators) (src/modules/campaigns). */

export type Campaign = ApiResponse<"/api/campaigns/{campaign}">;
type CampaignState = Campaign["states"][number];
type CampaignMotive = CampaignState["motives"][number];
export type MotiveField = CampaignMotive["fields"][number];
export type Benefit = NonNullable<Campaign["benefits"]>["items"][number];

/** How old a campaign's open cases are now: in total and per holder (GET …/aging). */
export type AgingRow = ApiResponse<"/api/campaigns/{campaign}/aging">[number];

export const workbookUrl = (campaign: string) => apiUrl("/api/campaigns/{campaign}/catalog.xlsx", { path: { campaign } });
export const importWorkbook = (campaign: string, file: File, note: string) =>
  uploadWithProgress("/api/campaigns/{campaign}/catalog.xlsx", { path: { campaign }, query: { note: note || undefined } }, file);
