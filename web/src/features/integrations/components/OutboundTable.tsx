import { createColumnHelper } from "@tanstack/react-table";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { enumLabel } from "../../../i18n/labels";
import { DataTable } from "../../../ui/DataTable";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import type { TableState } from "../../../ui/use-table-state";
import { type OutboundMessage, retryOutbound } from "../api/integrations-api";

const STATUS_CLASS = { pending: "badge-warning", sent: "status-active", failed: "badge-danger" } as const;
const column = createColumnHelper<OutboundMessage>();

/** The page of a message's subject, where one exists (never its id on screen). */
const SUBJECT_PATH: Partial<Record<string, (id: string) => string>> = {
  complaint_case: (id) => `/casos/${id}`,
  customer: (id) => `/clientes/${id}`,
};

interface OutboundTableProps {
  messages: OutboundMessage[] | undefined;
  total: number;
  state: TableState;
  isLoading?: boolean;
  toolbar?: ReactNode;
  canRetry: boolean;
  onRetried: () => void;
}

/** Messages to outside systems, newest first, a page at a time: their reference once answered, their error while failing. */
export function OutboundTable({ messages, total, state, isLoading, toolbar, canRetry, onRetried }: OutboundTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const retry = useAsyncAction(async (id: string) => {
    await retryOutbound(id);
    onRetried();
  });
  const columns = useMemo(
    () => [
      column.accessor("createdAt", {
        header: () => t("integrations.createdAt"),
        cell: (info) => format.dateTime(info.getValue()),
        enableSorting: false,
      }),
      column.accessor("adapter", {
        header: () => t("integrations.system"),
        cell: (info) => enumLabel(t, "integrationAdapters", info.getValue()),
        enableSorting: false,
      }),
      column.accessor("operation", {
        header: () => t("integrations.operation"),
        cell: (info) => enumLabel(t, "integrationOperations", info.getValue()),
        enableSorting: false,
      }),
      column.display({
        id: "subject",
        header: () => t("integrations.subject"),
        cell: ({ row }) => {
          const label = enumLabel(t, "subjectTypes", row.original.subjectType);
          const to = SUBJECT_PATH[row.original.subjectType]?.(row.original.subjectId);
          return to ? <Link to={to}>{label}</Link> : label;
        },
      }),
      column.accessor("status", {
        header: () => t("integrations.status"),
        enableSorting: false,
        cell: ({ row }) => {
          const message = row.original;
          return (
            <span className="wrap">
              <span className={`badge ${STATUS_CLASS[message.status]}`}>
                {enumLabel(t, "integrationStatuses", message.status)}
              </span>
              {message.lastError ? <span className="muted"> {message.lastError}</span> : null}
              {message.status === "pending" && message.nextAttemptAt ? (
                <span className="muted"> {t("integrations.nextAttempt", { date: format.dateTime(message.nextAttemptAt) })}</span>
              ) : null}
            </span>
          );
        },
      }),
      column.accessor("attempts", {
        header: () => t("integrations.attempts"),
        cell: (info) => format.number(info.getValue()),
        meta: { numeric: true },
        enableSorting: false,
      }),
      column.display({
        id: "reference",
        header: () => t("integrations.reference"),
        cell: ({ row }) => (
          <>
            {row.original.reference ?? ""}
            {row.original.status === "failed" && canRetry ? (
              <button
                type="button"
                className="button-secondary"
                disabled={retry.isPending}
                onClick={() => void retry.run(row.original.id)}
              >
                {t("integrations.retry")}
              </button>
            ) : null}
          </>
        ),
      }),
    ],
    [t, format, canRetry, retry],
  );
  return (
    <>
      <ErrorAlert error={retry.error} />
      <DataTable
        label={t("integrations.messagesTitle")}
        columns={columns}
        rows={messages}
        total={total}
        state={state}
        getRowId={(message) => message.id}
        isLoading={isLoading}
        toolbar={toolbar}
        emptyText={t("integrations.noMessages")}
        rowClassName={(message) => (message.status === "failed" ? "row-danger" : undefined)}
        testId="outbound-table"
      />
    </>
  );
}
