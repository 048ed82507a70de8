import {
  type ApiBody,
  type ApiResponse,
  apiUrl,
  client,
  csrfHeaders,
  networkError,
  reportFailure,
  toApiError,
  unwrap,
} from "../../../api/client";

export type WorkOrderItem = ApiResponse<"/api/work-orders">[number];
/** A photo of an order's evidence, without its bytes (they are at `photoUrl`). */
export type WorkOrderPhoto = ApiResponse<"/api/work-orders/{id}/photos">[number];

/** The bytes of one photo, for an <img>: the session cookie goes with it. */
export const photoUrl = (orderId: string, photoId: string) =>
  apiUrl("/api/work-orders/{id}/photos/{photoId}", { path: { id: orderId, photoId } });

/** Sends one photo as multipart (field «file»); the server checks its bytes and size and answers with the kept photo. */
async function uploadPhoto(orderId: string, file: File): Promise<WorkOrderPhoto> {
  const path = "/api/work-orders/{id}/photos" as const;
  const body = new FormData();
  body.append("file", file, file.name);
  let response: Response;
  try {
    response = await fetch(apiUrl(path, { path: { id: orderId } }), {
      method: "POST",
      headers: { Accept: "application/json", ...csrfHeaders() },
      body,
    });
  } catch {
    throw networkError();
  }
  const text = await response.text();
  if (!response.ok) throw reportFailure(path, toApiError(response.status, text));
  return JSON.parse(text) as WorkOrderPhoto;
}

/** An order as printed: with the tasks of its checklist. */
export type PrintedWorkOrder = ApiResponse<"/api/work-orders/print", "post">[number];

/** The Xpress orders are the retention cases' orders (step 5), whatever activity the tenant's settings name. */
export const XPRESS_ORIGIN = "retention_case";

export const workOrdersApi = {
  uploadPhoto,
  print: (body: ApiBody<"/api/work-orders/print">) => unwrap(client.POST("/api/work-orders/print", { body })),
  close: (id: string, body: ApiBody<"/api/work-orders/{id}/close">) =>
    unwrap(client.POST("/api/work-orders/{id}/close", { params: { path: { id } }, body })),
};
