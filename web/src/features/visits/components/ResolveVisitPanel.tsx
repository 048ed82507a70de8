import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { enumLabel } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import "../visits.css";
import { CLOSE_REASONS, type EscalatedVisit, escalatedVisitsApi, type VisitCloseReason } from "../api/escalated-visits-api";

/**
 * Resolving one escalated visit: the agenda's slots with free places in its zone (book it in one), or closing it
 * without a visit, with a reason and a note. The server refuses a slot taken meanwhile; the panel says so and stays.
 */
export function ResolveVisitPanel({
  visit,
  onCancel,
  onDone,
}: {
  visit: EscalatedVisit;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [slotId, setSlotId] = useState<string | null>(null);
  const [closeReason, setCloseReason] = useState<VisitCloseReason | "">("");
  const [note, setNote] = useState("");
  const slots = useApiQuery("/api/outbound/escalated-visits/{id}/slots", { path: { id: visit.id } });
  const book = useAsyncAction(async () => {
    const resolved = await escalatedVisitsApi.resolve(visit.id, { outcome: "booked", slotId, note: note || null });
    onDone(
      t("escalatedVisits.booked", {
        customer: visit.customerName,
        from: format.dateTime(resolved.slotStartsAt ?? ""),
        to: format.dateTime(resolved.slotEndsAt ?? ""),
      }),
    );
  });
  const close = useAsyncAction(async () => {
    if (!closeReason) return;
    await escalatedVisitsApi.resolve(visit.id, { outcome: "closed", closeReason, note: note || null });
    onDone(
      t("escalatedVisits.closed", {
        customer: visit.customerName,
        reason: enumLabel(t, "visitCloseReasons", closeReason),
      }),
    );
  });
  const free = slots.data ?? [];
  const pending = book.isPending || close.isPending;
  return (
    <section className="card stack resolve-visit" aria-labelledby="resolve-visit-heading" data-testid="resolve-visit">
      <h2 id="resolve-visit-heading">{t("escalatedVisits.resolveTitle", { customer: visit.customerName })}</h2>
      <dl className="facts">
        <dt>{t("escalatedVisits.zone")}</dt>
        <dd>{visit.zone}</dd>
        <dt>{t("escalatedVisits.phone")}</dt>
        <dd>{visit.phone}</dd>
        <dt>{t("escalatedVisits.reason")}</dt>
        <dd>{visit.reason}</dd>
        <dt>{t("escalatedVisits.escalatedBy")}</dt>
        <dd>{t("escalatedVisits.escalatedByOn", { advisor: visit.escalatedBy, at: format.dateTime(visit.escalatedAt) })}</dd>
      </dl>
      <label className="field">
        <span>{t("escalatedVisits.note")}</span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} data-testid="resolve-note" />
      </label>
      <ErrorAlert error={slots.error ?? book.error ?? close.error} />
      <fieldset className="stack">
        <legend>{t("escalatedVisits.slots", { zone: visit.zone })}</legend>
        {slots.isLoading && !slots.data ? <Loading /> : null}
        {slots.data && free.length === 0 ? <p className="empty">{t("escalatedVisits.noSlots")}</p> : null}
        {free.map((slot) => (
          <label key={slot.id} className="checkbox">
            <input
              type="radio"
              name="escalated-visit-slot"
              checked={slotId === slot.id}
              onChange={() => setSlotId(slot.id)}
              data-testid="resolve-slot"
            />
            {t("escalatedVisits.slot", {
              from: format.dateTime(slot.startsAt),
              to: format.dateTime(slot.endsAt),
              count: slot.free,
              free: format.number(slot.free),
            })}
          </label>
        ))}
        <div className="button-row">
          <button type="button" disabled={!slotId || pending} onClick={() => book.run()} data-testid="resolve-book">
            {t("escalatedVisits.book")}
          </button>
        </div>
      </fieldset>
      <fieldset className="stack">
        <legend>{t("escalatedVisits.closeTitle")}</legend>
        <label className="field">
          <span>{t("escalatedVisits.closeReason")}</span>
          <select
            value={closeReason}
            onChange={(e) => setCloseReason(e.target.value as VisitCloseReason | "")}
            data-testid="resolve-close-reason"
          >
            <option value="">{t("escalatedVisits.chooseReason")}</option>
            {CLOSE_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {enumLabel(t, "visitCloseReasons", reason)}
              </option>
            ))}
          </select>
        </label>
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            disabled={!closeReason || pending}
            onClick={() => close.run()}
            data-testid="resolve-close"
          >
            {t("escalatedVisits.close")}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel} disabled={pending}>
            {t("escalatedVisits.cancel")}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
