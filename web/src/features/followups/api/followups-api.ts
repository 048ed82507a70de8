import { api } from "../../../api/client";

export type FollowUpScope = "due" | "upcoming" | "done";

export interface FollowUpItem {
  id: string;
  kind: "quality_control" | "repeated_damage_check" | "promotion_ending";
  label: string;
  role: string;
  subjectType: string;
  subjectId: string;
  caseId: string | null;
  customerId: string;
  dueAt: string;
  status: "pending" | "done";
  outcome: Record<string, unknown> | null;
  doneAt: string | null;
  questions: Array<{ key: string; label: string }>;
  customerCode: string;
  customerName: string;
  customerPhone: string | null;
  serviceNumber: string | null;
  doneByName: string | null;
  measured: { stillCustomer: boolean; newClaimCodes: string[] } | null;
}

export const followUpsPath = (scope: FollowUpScope) => `/api/follow-ups?scope=${scope}`;

export const followUpsApi = {
  complete: (id: string, answers: Record<string, boolean | string>) =>
    api.post<FollowUpItem>(`/api/follow-ups/${encodeURIComponent(id)}/complete`, answers),
};
