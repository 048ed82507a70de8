import { createColumnHelper } from "@tanstack/react-table";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormatters } from "../../../i18n/format";
import { enumLabel } from "../../../i18n/labels";
import { DataTable } from "../../../ui/DataTable";
import { useNow } from "../../../ui/use-now";
import type { TableState } from "../../../ui/use-table-state";
import type { Deadline, DeadlineSort } from "../api/deadlines-api";
import { deadlinePhase } from "../deadline-phase";
import { subjectPath } from "../subject-path";
import { Countdown } from "./Countdown";

const ROW_CLASS: Partial<Record<string, string>> = { at_risk: "row-warning", breached: "row-danger" };

const column = createColumnHelper<Deadline>();

interface DeadlinesTableProps {
  deadlines: Deadline[] | undefined;
  total: number;
  state: TableState<DeadlineSort>;
  isLoading?: boolean;
  toolbar?: ReactNode;
}

/** Deadlines, a page at a time, with a live countdown; at-risk and breached rows stand out (by color and by label). */
export function DeadlinesTable({ deadlines, total, state, isLoading, toolbar }: DeadlinesTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow(1000);
  const columns = useMemo(
    () => [
      column.accessor("kind", {
        id: "kind",
        header: () => t("deadlines.kind"),
        cell: (info) => enumLabel(t, "deadlineKinds", info.getValue()),
      }),
      column.display({
        id: "subject",
        header: () => t("deadlines.subject"),
        cell: ({ row }) => {
          const label = enumLabel(t, "subjectTypes", row.original.subjectType);
          const to = subjectPath(row.original.subjectType, row.original.subjectId);
          if (to) return <Link to={to}>{label}</Link>;
          if (row.original.customerId) return <Link to={`/clientes/${row.original.customerId}`}>{label}</Link>;
          return label;
        },
      }),
      column.display({
        id: "phase",
        header: () => t("deadlines.phase"),
        cell: ({ row }) => {
          const phase = deadlinePhase(row.original, now);
          return <span className={`badge phase-${phase}`}>{enumLabel(t, "deadlinePhases", phase)}</span>;
        },
      }),
      column.accessor("dueAt", {
        id: "dueAt",
        header: () => t("deadlines.dueAt"),
        cell: (info) => format.dateTime(info.getValue()),
      }),
      column.display({
        id: "countdown",
        header: () => t("deadlines.countdown"),
        cell: ({ row }) => <Countdown deadline={row.original} phase={deadlinePhase(row.original, now)} now={now} />,
        meta: { numeric: true },
      }),
      column.accessor("startedAt", {
        id: "startedAt",
        header: () => t("deadlines.startedAt"),
        cell: (info) => format.dateTime(info.getValue()),
      }),
    ],
    [t, format, now],
  );
  return (
    <DataTable
      label={t("deadlines.title")}
      columns={columns}
      rows={deadlines}
      total={total}
      state={state}
      getRowId={(deadline) => deadline.id}
      isLoading={isLoading}
      toolbar={toolbar}
      emptyText={t("deadlines.empty")}
      rowClassName={(deadline) => ROW_CLASS[deadlinePhase(deadline, now)]}
      testId="deadlines-table"
    />
  );
}
