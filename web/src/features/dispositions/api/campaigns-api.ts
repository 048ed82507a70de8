import { api, queryString } from "../../../api/client";
import { uploadWithProgress } from "../../imports/api/imports-api";

/** A campaign's form data, indicators and catalog workbook (src/modules/campaigns). */

export interface MotiveField {
  code: string;
  label: string;
  type: "text" | "phone" | "number" | "date" | "callback" | "choice" | "benefit";
  required: boolean;
  hint?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  options?: string[];
  benefitKind?: "discount" | "suspension";
  benefitCost?: "with" | "without";
}

export interface CampaignMotive {
  code: string;
  label: string;
  group: string | null;
  closing: { action: string; deadline: { amount: number; unit: string } } | null;
  fields: MotiveField[];
  maxNoteLength: number;
  isAutomatic: boolean;
}

export interface CampaignState {
  code: string;
  label: string;
  type: "intermediate" | "final";
  outcome: string | null;
  queue: string | null;
  unavailableReason: string | null;
  motives: CampaignMotive[];
}

export interface Benefit {
  code: string;
  label: string;
  kind: "discount" | "suspension";
  cost?: { amount: number; currency: string; plusTax: boolean } | null;
}

export interface Campaign {
  code: string;
  name: string;
  catalogVersion: number;
  notes: { company: string; maxLength: number };
  contactPolicy: { maxUnansweredAttempts: number };
  callbacks: { returnToPoolAfterMinutes: number };
  queues: Array<{ code: string; label: string }>;
  states: CampaignState[];
  benefits: { items: Benefit[] } | null;
}

export const CAMPAIGNS_PATH = "/api/campaigns";
export const campaignPath = (code: string) => `${CAMPAIGNS_PATH}/${encodeURIComponent(code)}`;

interface Keyed {
  grain: "total" | "advisor" | "day";
  advisorId: string | null;
  advisorName: string | null;
  day: string | null;
}

export interface Indicators {
  campaignName: string;
  from: string;
  to: string;
  finalStates: Array<Keyed & { stateCode: string; stateLabel: string; cases: number }>;
  retention: Array<
    Keyed & {
      retained: number;
      lost: number;
      unreached: number;
      notApplicable: number;
      rate: number | null;
      rateWithUnreached: number | null;
    }
  >;
  attempts: Array<Keyed & { cases: number; attempts: number; average: number | null }>;
  compliance: Array<
    Keyed & { instructions: number; met: number; late: number; overdue: number; inTime: number; rate: number | null }
  >;
  aging: AgingRow[];
}

/** How old a campaign's open cases are now: in total and per holder (GET …/aging, also inside the indicators). */
export type AgingRow = Keyed & {
  cases: number;
  pending: number;
  buckets: { underOneDay: number; oneToThree: number; threeToFive: number; overFive: number };
  pendingClosingBreached: number;
  oldestDays: number;
};

export const agingPath = (campaign: string) => `${campaignPath(campaign)}/aging`;

export const indicatorsPath = (campaign: string, from?: string, to?: string) =>
  `${campaignPath(campaign)}/indicators${queryString({ from, to })}`;

export const workbookPath = (campaign: string) => `${campaignPath(campaign)}/catalog.xlsx`;
export const importWorkbook = (campaign: string, file: File, note: string) =>
  uploadWithProgress<{
    dispositions: { version: number; published: boolean };
    benefits: { version: number; published: boolean };
  }>(`${workbookPath(campaign)}${queryString({ note: note || undefined })}`, file);

export const fetchCampaign = (code: string) => api.get<Campaign>(campaignPath(code));
