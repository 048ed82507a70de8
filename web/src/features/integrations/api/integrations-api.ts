import { api, queryString } from "../../../api/client";

export type DeliveryStatus = "pending" | "sent" | "failed";

/** A message to an outside system and how its delivery went. */
export interface OutboundMessage {
  id: string;
  number: number;
  adapter: string;
  adapterName: string;
  operation: string;
  idempotencyKey: string;
  subjectType: string;
  subjectId: string;
  customerId: string | null;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  reference: string | null;
  createdAt: string;
  sentAt: string | null;
  failedAt: string | null;
}

export interface IntegrationSetting {
  adapter: string;
  name: string;
  mode: "simulator" | "webhook";
  url: string | null;
  hasSecret: boolean;
  updatedAt: string | null;
}

export const INTEGRATIONS_PATH = "/api/integrations";
export const outboundPath = (filter: { status?: DeliveryStatus; adapter?: string }) =>
  `/api/outbound${queryString({ ...filter, limit: 200 })}`;

export const retryOutbound = (id: string) => api.post<OutboundMessage>(`/api/outbound/${id}/retry`);
export const saveIntegration = (adapter: string, body: { mode: string; url: string | null; secret?: string }) =>
  api.put<IntegrationSetting[]>(`${INTEGRATIONS_PATH}/${adapter}`, body);
