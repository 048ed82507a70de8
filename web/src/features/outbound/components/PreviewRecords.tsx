import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { DataTable } from "../../../ui/DataTable";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useTableState } from "../../../ui/use-table-state";
import { type DialableRecord, outboundApi } from "../api/outbound-api";

const column = createColumnHelper<DialableRecord>();

/**
 * Preview mode (and the advisor's own due callbacks in any mode): the records the advisor may dial now, a page at a
 * time, each with «Marcar este registro». The contact policy is checked on the server; a refusal is said in words.
 */
export function PreviewRecords({ canDial, onDialled }: { canDial: boolean; onDialled: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const table = useTableState({ pageSize: 10 });
  const list = useApiQuery("/api/outbound/agent/preview", { query: { page: table.page, pageSize: table.pageSize } });
  const [refusal, setRefusal] = useState<string | null>(null);
  const dial = useAsyncAction(async (recordId: string) => {
    const result = await outboundApi.dialRecord(recordId);
    setRefusal(result.placed ? null : t("outbound.preview.refused", { message: result.message ?? "" }));
    list.reload();
    onDialled();
  });
  const columns = useMemo(
    () => [
      column.accessor("customerName", { header: () => t("outbound.preview.customer"), enableSorting: false }),
      column.accessor("listType", {
        header: () => t("outbound.preview.listType"),
        cell: (info) => labelOf(t, "outbound.listTypes", info.getValue()),
        enableSorting: false,
      }),
      column.accessor("reason", { header: () => t("outbound.preview.reason"), enableSorting: false }),
      column.accessor("attempts", {
        header: () => t("outbound.preview.attempts"),
        cell: (info) => format.number(info.getValue()),
        enableSorting: false,
        meta: { numeric: true },
      }),
      column.display({
        id: "state",
        header: () => t("outbound.preview.lastOutcome"),
        cell: ({ row }) => {
          const r = row.original;
          if (r.isMyCallback && r.callbackAt)
            return (
              <span className="badge badge-warning">
                {t("outbound.preview.myCallback", { date: format.dateTime(r.callbackAt) })}
              </span>
            );
          return r.lastOutcome ? labelOf(t, "outbound.lastOutcomes", r.lastOutcome) : "";
        },
      }),
      column.display({
        id: "dial",
        header: () => t("outbound.preview.dial"),
        cell: ({ row }) => (
          <button
            type="button"
            className="button-primary"
            disabled={!canDial || dial.isPending}
            onClick={() => dial.run(row.original.recordId)}
            data-testid="dial-record"
          >
            {dial.isPending ? t("outbound.preview.dialing") : t("outbound.preview.dial")}
          </button>
        ),
      }),
    ],
    [t, format, canDial, dial],
  );
  return (
    <section className="card" aria-labelledby="preview-heading" data-testid="preview-records">
      <h2 id="preview-heading">{t("outbound.preview.title")}</h2>
      <p className="hint">{t("outbound.preview.hint")}</p>
      {refusal ? (
        <p className="alert alert-warning" role="status">
          {refusal}
        </p>
      ) : null}
      <ErrorAlert error={dial.error ?? list.error} />
      <DataTable
        label={t("outbound.preview.title")}
        columns={columns}
        rows={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        state={table}
        getRowId={(row) => row.recordId}
        isLoading={list.isLoading}
        emptyText={t("outbound.preview.empty")}
      />
    </section>
  );
}
