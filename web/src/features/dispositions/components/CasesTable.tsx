import { createColumnHelper } from "@tanstack/react-table";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormatters } from "../../../i18n/format";
import { DataTable, type RowSelection } from "../../../ui/DataTable";
import type { TableState } from "../../../ui/use-table-state";
import type { CaseSummary } from "../api/cases-api";
import { CaseStatusBadge } from "./CaseStatusBadge";

interface CasesTableProps {
  label: string;
  cases: CaseSummary[] | undefined;
  total: number;
  // biome-ignore lint/suspicious/noExplicitAny: any sort type of the route.
  state: TableState<any>;
  isLoading?: boolean;
  /** Checkboxes to pick cases (the supervisor's assignment). */
  selected?: ReadonlySet<string>;
  onSelect?: (next: Set<string>) => void;
  bulkActions?: ReactNode;
  toolbar?: ReactNode;
  showAssignee?: boolean;
  testId?: string;
}

const column = createColumnHelper<CaseSummary>();

/** Cases of a campaign, a page at a time, most urgent first unless sorted; each a link to its page. */
export function CasesTable(props: CasesTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { showAssignee = false } = props;
  const columns = useMemo(
    () => [
      column.accessor("complaintNumber", {
        id: "complaintNumber",
        header: () => t("dispositions.complaint"),
        cell: (info) => <Link to={`/casos/${info.row.original.id}`}>{info.getValue()}</Link>,
      }),
      column.accessor("customerName", { id: "customerName", header: () => t("dispositions.customer") }),
      column.accessor("serviceNumber", {
        id: "serviceNumber",
        header: () => t("dispositions.serviceNumber"),
        enableSorting: false,
      }),
      column.accessor("status", {
        id: "status",
        header: () => t("dispositions.status"),
        cell: (info) => <CaseStatusBadge item={info.row.original} />,
      }),
      column.display({
        id: "disposition",
        header: () => t("dispositions.disposition"),
        cell: ({ row }) => (row.original.stateLabel ? `${row.original.stateLabel} / ${row.original.motiveLabel}` : "—"),
      }),
      column.accessor("attempts", {
        id: "attempts",
        header: () => t("dispositions.attempts"),
        cell: (info) => format.number(info.getValue()),
        meta: { numeric: true },
      }),
      column.accessor("nextContactAt", {
        id: "nextContactAt",
        header: () => t("dispositions.nextContact"),
        cell: (info) => (info.getValue() ? format.dateTime(info.getValue() as string) : "—"),
      }),
      ...(showAssignee
        ? [
            column.accessor("assigneeName", {
              id: "assigneeName",
              header: () => t("dispositions.assignee"),
              cell: (info) => info.getValue() ?? t("dispositions.pool"),
            }),
          ]
        : []),
      column.accessor("receivedAt", {
        id: "receivedAt",
        header: () => t("dispositions.receivedAt"),
        cell: (info) => format.dateTime(info.getValue()),
      }),
    ],
    [t, format, showAssignee],
  );
  const selection: RowSelection<CaseSummary> | undefined =
    props.selected && props.onSelect
      ? {
          selected: props.selected,
          onChange: props.onSelect,
          rowLabel: (item) => t("dispositions.pickCase", { number: item.complaintNumber }),
        }
      : undefined;
  return (
    <DataTable
      label={props.label}
      columns={columns}
      rows={props.cases}
      total={props.total}
      state={props.state}
      getRowId={(item) => item.id}
      selection={selection}
      bulkActions={props.bulkActions}
      toolbar={props.toolbar}
      isLoading={props.isLoading}
      emptyText={t("dispositions.noCases")}
      rowTestId="case-row"
      testId={props.testId}
    />
  );
}
