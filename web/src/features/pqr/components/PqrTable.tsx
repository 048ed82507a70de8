import { createColumnHelper } from "@tanstack/react-table";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { DataTable } from "../../../ui/DataTable";
import type { TableState } from "../../../ui/use-table-state";
import type { PqrItem, PqrSort } from "../api/pqr-api";
import { ClockBadge } from "./ClockBadge";

const ROW_CLASS: Partial<Record<PqrItem["clockStatus"], string>> = { at_risk: "row-warning", past_due: "row-danger" };
const column = createColumnHelper<PqrItem>();

interface PqrTableProps {
  label: string;
  rows: PqrItem[] | undefined;
  total: number;
  state: TableState<PqrSort>;
  emptyText: string;
  isLoading?: boolean;
  showCustomer?: boolean;
  toolbar?: ReactNode;
}

/** PQRs a page at a time (the server pages and sorts): CUN (opens the PQR), type, customer, what is asked, status, due day and clock. */
export function PqrTable({ showCustomer = true, ...props }: PqrTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns = useMemo(
    () => [
      column.accessor("cun", {
        id: "cun",
        header: () => t("pqr.cun"),
        cell: (info) => (
          <>
            <Link to={`/pqr/${info.row.original.id}`}>{info.getValue()}</Link>
            <div className="muted">{t("pqr.number", { number: String(info.row.original.number).padStart(6, "0") })}</div>
          </>
        ),
      }),
      column.accessor("type", {
        id: "type",
        header: () => t("pqr.type"),
        cell: (info) => labelOf(t, "pqr.types", info.getValue()),
      }),
      ...(showCustomer
        ? [
            column.accessor("customerName", {
              id: "customerName",
              header: () => t("pqr.customer"),
              cell: (info) => info.getValue(),
            }),
          ]
        : []),
      column.accessor("subject", { header: () => t("pqr.subject"), enableSorting: false }),
      column.accessor("status", {
        id: "status",
        header: () => t("pqr.status"),
        cell: (info) => labelOf(t, "pqr.statuses", info.getValue()),
      }),
      column.accessor("dueOn", { id: "dueOn", header: () => t("pqr.dueOn"), cell: (info) => format.date(info.getValue()) }),
      column.display({
        id: "clock",
        header: () => t("pqr.clock"),
        cell: (info) => <ClockBadge status={info.row.original.clockStatus} />,
      }),
    ],
    [t, format, showCustomer],
  );
  return (
    <DataTable
      label={props.label}
      columns={columns}
      rows={props.rows}
      total={props.total}
      state={props.state}
      getRowId={(row) => row.id}
      emptyText={props.emptyText}
      isLoading={props.isLoading}
      toolbar={props.toolbar}
      rowClassName={(row) => ROW_CLASS[row.clockStatus]}
      rowTestId="pqr-row"
      testId="pqr-table"
    />
  );
}
