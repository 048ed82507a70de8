import { type ApiBody, type ApiParams, type ApiQueryParams, type ApiResponse, client, unwrap } from "../../../api/client";

/** A message to an outside system and how its delivery went. */
export type OutboundMessage = Extract<ApiResponse<"/api/outbound">, unknown[]>[number];
export type DeliveryStatus = NonNullable<ApiQueryParams<"/api/outbound">["status"]>;
export type IntegrationSetting = ApiResponse<"/api/integrations">[number];
type Adapter = ApiParams<"/api/integrations/{adapter}", "put">["path"]["adapter"];

export const retryOutbound = (id: string) => unwrap(client.POST("/api/outbound/{id}/retry", { params: { path: { id } } }));
/** `adapter` comes from the settings list, which names it as a plain string: one of the codes the route takes. */
export const saveIntegration = (adapter: string, body: ApiBody<"/api/integrations/{adapter}", "put">) =>
  unwrap(client.PUT("/api/integrations/{adapter}", { params: { path: { adapter: adapter as Adapter } }, body }));
