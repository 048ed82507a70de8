import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { outboundApi } from "../api/outbound-api";

/**
 * Seed 002 step 4 on the desktop: the agenda's free technician slots in the customer's zone, one agreed with the
 * customer, or — when none serves — the visit escalated to the back office.
 */
export function VisitBooking({ callId, defaultZone }: { callId: string; defaultZone: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [zone, setZone] = useState(defaultZone);
  const [reason, setReason] = useState("");
  const [slotId, setSlotId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const slots = useApiQuery(zone.trim() ? "/api/outbound/calls/{id}/visit-slots" : null, {
    path: { id: callId },
    query: { zone: zone.trim() },
  });
  const book = useAsyncAction(async (chosen: string | null) => {
    const visit = await outboundApi.bookVisit(callId, { zone, slotId: chosen, reason });
    setDone(
      visit.status === "booked" && visit.startsAt && visit.endsAt
        ? t("outbound.visit.booked", {
            from: format.dateTime(visit.startsAt),
            to: format.dateTime(visit.endsAt),
            zone: visit.zone,
          })
        : t("outbound.visit.escalated", { zone: visit.zone }),
    );
  });
  if (done)
    return (
      <section className="card" aria-labelledby="visit-heading" data-testid="visit-booking">
        <h2 id="visit-heading">{t("outbound.visit.title")}</h2>
        <p className="alert alert-success" role="status" data-testid="visit-done">
          {done}
        </p>
      </section>
    );
  const free = slots.data ?? [];
  return (
    <section className="card stack" aria-labelledby="visit-heading" data-testid="visit-booking">
      <h2 id="visit-heading">{t("outbound.visit.title")}</h2>
      <p className="hint">{t("outbound.visit.hint")}</p>
      <label>
        {t("outbound.visit.zone")}
        <input value={zone} onChange={(e) => setZone(e.target.value)} data-testid="visit-zone" />
      </label>
      <label>
        {t("outbound.visit.reason")}
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="visit-reason" />
      </label>
      <ErrorAlert error={slots.error ?? book.error} />
      {zone.trim() && slots.data && free.length === 0 ? <p className="empty">{t("outbound.visit.noSlots")}</p> : null}
      {free.length > 0 ? (
        <fieldset>
          <legend>{t("outbound.visit.slots")}</legend>
          {free.map((slot) => (
            <label key={slot.id}>
              <input type="radio" name="visit-slot" checked={slotId === slot.id} onChange={() => setSlotId(slot.id)} />
              {t("outbound.visit.slot", {
                from: format.dateTime(slot.startsAt),
                to: format.dateTime(slot.endsAt),
                free: format.number(slot.free),
              })}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button-secondary"
          disabled={!slotId || book.isPending}
          onClick={() => book.run(slotId)}
          data-testid="book-visit"
        >
          {t("outbound.visit.book")}
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={book.isPending}
          onClick={() => book.run(null)}
          data-testid="escalate-visit"
        >
          {t("outbound.visit.escalate")}
        </button>
      </div>
    </section>
  );
}
