import { createColumnHelper } from "@tanstack/react-table";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { ApiResponse } from "../../../api/client";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { enumLabel } from "../../../i18n/labels";
import { DataTable } from "../../../ui/DataTable";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { pageRows, useTableState } from "../../../ui/use-table-state";
import { instructionsExportUrl, sendInstructions } from "../api/cases-api";

const STATUSES = ["live", "ready", "queued", "sent", "failed"] as const;

type InstructionRow = Extract<ApiResponse<"/api/closing-instructions">, unknown[]>[number];
const column = createColumnHelper<InstructionRow>();

/** Closing instructions for the billing system: filter, flag the overdue, send the ready ones, export. */
export function ClosingInstructions({ campaign, canSend }: { campaign: string; canSend: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const statusId = useId();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>("live");
  const [overdue, setOverdue] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const query = { campaign, status, overdue: overdue || undefined };
  const table = useTableState({ pageSize: 10 });
  const list = useApiQuery("/api/closing-instructions", { query: { ...query, page: table.page, pageSize: table.pageSize } });
  const { rows, total } = pageRows(list.data);
  const send = useAsyncAction(async () => {
    const result = await sendInstructions({ ids: [...selected] });
    setSelected(new Set());
    list.reload();
    return result;
  });
  const columns = useMemo(
    () => [
      column.accessor("complaintNumber", {
        header: () => t("dispositions.complaint"),
        cell: (info) => <Link to={`/casos/${info.row.original.caseId}`}>{info.getValue()}</Link>,
        enableSorting: false,
      }),
      column.accessor("action", {
        header: () => t("dispositions.action"),
        cell: (info) => enumLabel(t, "closingActions", info.getValue()),
        enableSorting: false,
      }),
      column.accessor("dueAt", {
        header: () => t("dispositions.due"),
        cell: (info) =>
          `${format.dateTime(info.getValue())}${info.row.original.isOverdue ? ` · ${t("dispositions.overdue")}` : ""}`,
        enableSorting: false,
      }),
      column.accessor("status", {
        header: () => t("dispositions.status"),
        cell: (info) => enumLabel(t, "instructionStatuses", info.getValue()),
        enableSorting: false,
      }),
      column.accessor("note", {
        header: () => t("dispositions.note"),
        cell: (info) => <span className="note-text">{info.getValue()}</span>,
        enableSorting: false,
      }),
    ],
    [t, format],
  );
  // Only ready instructions can be sent: rows of this page that are not ready never join the selection.
  const selectReady = (next: Set<string>) =>
    setSelected(
      new Set(
        [...next].filter((id) => {
          const row = rows?.find((candidate) => candidate.id === id);
          return row ? row.status === "ready" : true;
        }),
      ),
    );

  return (
    <section className="card stack" aria-labelledby="closings-heading">
      <h2 id="closings-heading">{t("dispositions.closingsTitle")}</h2>
      <div className="page-toolbar">
        <div className="field inline-field">
          <label htmlFor={statusId}>{t("dispositions.status")}</label>
          <select
            id={statusId}
            value={status}
            onChange={(event) => {
              setStatus(STATUSES.find((s) => s === event.target.value) ?? "live");
              table.firstPage();
            }}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`dispositions.instructionStatuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="overdue-only"
            checked={overdue}
            onChange={(event) => {
              setOverdue(event.target.checked);
              table.firstPage();
            }}
          />
          {t("dispositions.overdueOnly")}
        </label>
        <a className="button-secondary" href={instructionsExportUrl({ ...query, format: "xlsx" })} download>
          {t("dispositions.exportXlsx")}
        </a>
        <a className="button-secondary" href={instructionsExportUrl({ ...query, format: "csv" })} download>
          {t("dispositions.exportCsv")}
        </a>
        {canSend ? (
          <button
            type="button"
            className="button-primary"
            data-testid="send-instructions"
            disabled={selected.size === 0 || send.isPending}
            onClick={() => void send.run()}
          >
            {t("dispositions.sendSelected", { count: selected.size })}
          </button>
        ) : null}
      </div>
      <ErrorAlert error={list.error ?? send.error} />
      <DataTable
        label={t("dispositions.closingsTitle")}
        columns={columns}
        rows={rows}
        total={total}
        state={table}
        getRowId={(row) => row.id}
        isLoading={list.isLoading}
        selection={
          canSend
            ? {
                selected,
                onChange: selectReady,
                rowLabel: (row) => t("dispositions.pickCase", { number: row.complaintNumber }),
              }
            : undefined
        }
        emptyText={t("dispositions.noInstructions")}
        rowClassName={(row) => (row.isOverdue ? "row-danger" : undefined)}
        rowTestId="instruction-row"
        testId="instructions-table"
      />
    </section>
  );
}
