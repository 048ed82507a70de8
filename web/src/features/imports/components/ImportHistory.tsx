import { createColumnHelper } from "@tanstack/react-table";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { DataTable } from "../../../ui/DataTable";
import type { TableState } from "../../../ui/use-table-state";
import type { ImportSummary } from "../api/imports-api";

const column = createColumnHelper<ImportSummary>();

interface ImportHistoryProps {
  imports: ImportSummary[] | undefined;
  total: number;
  state: TableState;
  isLoading?: boolean;
  toolbar?: ReactNode;
  onOpen: (id: string) => void;
}

/** Past imports, newest first, a page at a time; each can be reopened to review or confirm it. */
export function ImportHistory({ imports, total, state, isLoading, toolbar, onOpen }: ImportHistoryProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns = useMemo(
    () => [
      column.accessor("createdAt", { header: () => t("imports.createdAt"), cell: (info) => format.dateTime(info.getValue()) }),
      column.accessor("fileName", { header: () => t("imports.fileName") }),
      column.accessor("kind", {
        header: () => t("imports.kind"),
        enableSorting: false,
        cell: (info) => labelOf(t, "importKinds", info.getValue()),
      }),
      column.accessor("status", {
        header: () => t("imports.status"),
        enableSorting: false,
        cell: (info) => (
          <span className={`badge import-${info.getValue()}`}>{labelOf(t, "importStatuses", info.getValue())}</span>
        ),
      }),
      column.accessor("totalRows", {
        header: () => t("imports.rows"),
        cell: (info) => format.number(info.getValue()),
        meta: { numeric: true },
      }),
      column.accessor("errorCount", {
        header: () => t("imports.errors"),
        enableSorting: false,
        cell: (info) => format.number(info.getValue()),
        meta: { numeric: true },
      }),
      column.display({
        id: "open",
        header: () => <span className="visually-hidden">{t("common.actions")}</span>,
        cell: ({ row }) => (
          <button
            type="button"
            className="button-link"
            aria-label={t("imports.openImport", { file: row.original.fileName })}
            onClick={() => onOpen(row.original.id)}
          >
            {t("imports.open")}
          </button>
        ),
      }),
    ],
    [t, format, onOpen],
  );
  return (
    <DataTable
      label={t("imports.historyTitle")}
      columns={columns}
      rows={imports}
      total={total}
      state={state}
      getRowId={(item) => item.id}
      isLoading={isLoading}
      toolbar={toolbar}
      emptyText={t("imports.noHistory")}
      testId="import-history"
    />
  );
}
