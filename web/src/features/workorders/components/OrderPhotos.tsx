import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { photoUrl, workOrdersApi } from "../api/workorders-api";

// The server decides (by the bytes); these only spare the technician an upload that would be refused.
const ACCEPTED = ["image/jpeg", "image/png", "image/webp"];
const MAX_BYTES = 8 * 1024 * 1024;

/**
 * Photo evidence of the work, taken with the phone's camera before the close: each one is sent as it is
 * chosen and shown once the server kept it. The order's earlier photos are shown too.
 */
export function OrderPhotos({ orderId, canAttach }: { orderId: string; canAttach: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const inputId = useId();
  const hintId = useId();
  const photos = useApiQuery("/api/work-orders/{id}/photos", { path: { id: orderId } });
  const [refusal, setRefusal] = useState<string | null>(null);
  const upload = useAsyncAction(async (file: File) => {
    await workOrdersApi.uploadPhoto(orderId, file);
    photos.reload();
  });

  function chosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    if (file.type && !ACCEPTED.includes(file.type)) return setRefusal(t("workOrders.photos.wrongType"));
    if (file.size > MAX_BYTES) return setRefusal(t("workOrders.photos.tooLarge", { max: format.number(MAX_BYTES / 1048576) }));
    setRefusal(null);
    void upload.run(file);
  }

  const list = photos.data ?? [];
  return (
    <section className="stack order-photos" aria-labelledby={`${inputId}-heading`} data-testid="order-photos">
      <h3 id={`${inputId}-heading`}>{t("workOrders.photos.title")}</h3>
      {list.length === 0 ? <p className="muted">{t("workOrders.photos.none")}</p> : null}
      <ul className="photo-grid">
        {list.map((photo, index) => (
          <li key={photo.id} data-testid="order-photo">
            <a href={photoUrl(orderId, photo.id)} target="_blank" rel="noreferrer">
              <img
                src={photoUrl(orderId, photo.id)}
                alt={t("workOrders.photos.alt", { n: index + 1, at: format.dateTime(photo.uploadedAt) })}
                loading="lazy"
              />
            </a>
            <span className="muted">{format.dateTime(photo.uploadedAt)}</span>
          </li>
        ))}
      </ul>
      {canAttach ? (
        <div className="field">
          <label htmlFor={inputId} className="button-secondary touch photo-button">
            {upload.isPending ? t("workOrders.photos.sending") : t("workOrders.photos.take")}
          </label>
          <input
            id={inputId}
            className="visually-hidden"
            type="file"
            accept={ACCEPTED.join(",")}
            capture="environment"
            aria-describedby={hintId}
            disabled={upload.isPending}
            data-testid="photo-input"
            onChange={chosen}
          />
          <p className="muted" id={hintId}>
            {t("workOrders.photos.hint", { max: format.number(MAX_BYTES / 1048576) })}
          </p>
        </div>
      ) : null}
      {refusal ? (
        <p className="alert alert-error" role="alert">
          {refusal}
        </p>
      ) : null}
      <ErrorAlert error={upload.error ?? photos.error} />
    </section>
  );
}
