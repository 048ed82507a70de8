import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useTableState } from "../../../ui/use-table-state";
import { ALL_STATUSES, type PqrSort } from "../../pqr/api/pqr-api";
import { PqrTable } from "../../pqr/components/PqrTable";
import { type FilePqrFromCallBody, outboundApi } from "../api/outbound-api";

const TYPES = ["petition", "complaint", "appeal"] as const;
const RESPONSE_CHANNELS = ["email", "phone", "written", "app", "web"] as const;

/**
 * Seed 002 step 5 on the desktop: the customer's PQRs to consult (dates, CUN, status, due date) and, if the
 * customer files, the PQR filed from the call — its CUN goes to the disposition as the case number, and the
 * advisor reads the due date and the chosen response channel to the customer.
 */
export function PqrFromCall({
  callId,
  customerId,
  onFiled,
}: {
  callId: string;
  customerId: string;
  onFiled: (cun: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const table = useTableState<PqrSort>({ pageSize: 5 });
  const list = useApiQuery("/api/pqrs", { query: { customerId, status: [...ALL_STATUSES], ...table.query } });
  const [form, setForm] = useState({
    type: "complaint" as FilePqrFromCallBody["type"],
    subject: "",
    amountInDispute: "",
    responseChannel: "email" as FilePqrFromCallBody["responseChannel"],
    responseAddress: "",
  });
  const [told, setTold] = useState<string | null>(null);
  const file = useAsyncAction(async () => {
    const filed = await outboundApi.filePqr(callId, {
      type: form.type,
      subject: form.subject,
      amountInDispute: form.amountInDispute.trim() || null,
      responseChannel: form.responseChannel,
      responseAddress: form.responseAddress,
    });
    setTold(
      t("outbound.pqr.filed", {
        cun: filed.cun,
        date: format.date(filed.dueOn),
        channel: labelOf(t, "pqr.channels", filed.responseChannel),
      }),
    );
    list.reload();
    onFiled(filed.cun);
  });
  return (
    <section className="card stack" aria-labelledby="call-pqr-heading" data-testid="call-pqr">
      <h2 id="call-pqr-heading">{t("outbound.pqr.title")}</h2>
      <p className="hint">{t("outbound.pqr.hint")}</p>
      <ErrorAlert error={list.error} />
      <PqrTable
        label={t("outbound.pqr.title")}
        rows={list.data?.items}
        total={list.data?.total ?? 0}
        state={table}
        isLoading={list.isLoading}
        emptyText={t("outbound.pqr.none")}
        showCustomer={false}
      />
      {told ? (
        <p className="alert alert-success" role="status" data-testid="pqr-told">
          {told}
        </p>
      ) : (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void file.run();
          }}
        >
          <label>
            {t("outbound.pqr.type")}
            <select value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value as typeof form.type })}>
              {TYPES.map((type) => (
                <option key={type} value={type}>
                  {labelOf(t, "pqr.types", type)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("outbound.pqr.subject")}
            <input
              required
              value={form.subject}
              onChange={(e) => setForm({ ...form, subject: e.target.value })}
              data-testid="pqr-subject"
            />
          </label>
          <label>
            {t("outbound.pqr.amount")}
            <input
              inputMode="numeric"
              value={form.amountInDispute}
              onChange={(e) => setForm({ ...form, amountInDispute: e.target.value })}
            />
          </label>
          <label>
            {t("outbound.pqr.responseChannel")}
            <select
              value={form.responseChannel}
              onChange={(e) => setForm({ ...form, responseChannel: e.target.value as typeof form.responseChannel })}
            >
              {RESPONSE_CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {labelOf(t, "pqr.channels", channel)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("outbound.pqr.responseAddress")}
            <input
              value={form.responseAddress}
              onChange={(e) => setForm({ ...form, responseAddress: e.target.value })}
              data-testid="pqr-address"
            />
          </label>
          <ErrorAlert error={file.error} />
          <button type="submit" className="button-secondary" disabled={file.isPending} data-testid="file-pqr">
            {t("outbound.pqr.file")}
          </button>
        </form>
      )}
    </section>
  );
}
