import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { enumLabel } from "../../../i18n/labels";
import { DataTable } from "../../../ui/DataTable";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useTableState } from "../../../ui/use-table-state";
import type { EscalatedVisit, VisitStatus } from "../api/escalated-visits-api";
import { ResolveVisitPanel } from "./ResolveVisitPanel";

const column = createColumnHelper<EscalatedVisit>();
type Sort = "escalatedAt" | "-escalatedAt" | "customerName" | "-customerName" | "zone" | "-zone" | "resolvedAt" | "-resolvedAt";
const STATUSES: VisitStatus[] = ["escalated", "booked", "closed"];

/**
 * The back office's worklist (seed 002 step 4): the technician visits advisors escalated because the agenda had no
 * slot, oldest first, a page at a time, by zone; «Resolver» opens the panel that books one or closes it. The booked
 * and closed ones are there to look back on.
 */
export function EscalatedVisits() {
  const { t } = useTranslation();
  const format = useFormatters();
  const table = useTableState<Sort>({ pageSize: 10 });
  const [status, setStatus] = useState<VisitStatus>("escalated");
  const [zone, setZone] = useState("");
  const [resolving, setResolving] = useState<EscalatedVisit | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const visits = useApiQuery("/api/outbound/escalated-visits", {
    query: { ...table.query, status, ...(zone ? { zone } : {}) },
  });
  const isOpen = status === "escalated";
  const columns = useMemo(
    () => [
      column.accessor("escalatedAt", {
        header: () => t("escalatedVisits.escalatedAt"),
        cell: ({ row }) => (
          <>
            {format.dateTime(row.original.escalatedAt)}
            <div className="muted">{t("escalatedVisits.by", { advisor: row.original.escalatedBy })}</div>
          </>
        ),
      }),
      column.accessor("customerName", {
        header: () => t("escalatedVisits.customer"),
        cell: ({ row }) => (
          <>
            <Link to={`/clientes/${row.original.customerId}`}>{row.original.customerName}</Link>
            <div className="muted">
              {t("escalatedVisits.codeAndPhone", { code: row.original.customerCode, phone: row.original.phone })}
            </div>
          </>
        ),
      }),
      column.accessor("zone", { header: () => t("escalatedVisits.zone") }),
      column.accessor("reason", {
        header: () => t("escalatedVisits.reason"),
        cell: (i) => <span className="wrap">{i.getValue()}</span>,
        enableSorting: false,
      }),
      column.accessor("daysWaiting", {
        header: () => t("escalatedVisits.daysWaiting"),
        cell: (i) => t("escalatedVisits.days", { count: i.getValue(), formatted: format.number(i.getValue()) }),
        enableSorting: false,
        meta: { numeric: true },
      }),
      column.display({
        id: "outcome",
        header: () => (isOpen ? t("escalatedVisits.action") : t("escalatedVisits.outcome")),
        cell: ({ row }) => {
          const visit = row.original;
          if (visit.status === "escalated")
            return (
              <button
                type="button"
                className="button-secondary"
                aria-label={t("escalatedVisits.resolveOf", { customer: visit.customerName })}
                onClick={() => {
                  setDone(null);
                  setResolving(visit);
                }}
                data-testid="resolve-open"
              >
                {t("escalatedVisits.resolve")}
              </button>
            );
          return (
            <>
              <div>{enumLabel(t, "visitStatuses", visit.status)}</div>
              <div className="muted">
                {visit.status === "booked" && visit.slotStartsAt
                  ? t("escalatedVisits.bookedFor", { at: format.dateTime(visit.slotStartsAt) })
                  : visit.closeReason
                    ? enumLabel(t, "visitCloseReasons", visit.closeReason)
                    : null}
              </div>
              {visit.resolvedBy && visit.resolvedAt ? (
                <div className="muted">
                  {t("escalatedVisits.resolvedByOn", { user: visit.resolvedBy, at: format.dateTime(visit.resolvedAt) })}
                </div>
              ) : null}
            </>
          );
        },
      }),
    ],
    [t, format, isOpen],
  );
  const filter = (apply: () => void) => {
    apply();
    setResolving(null);
    table.firstPage();
  };
  return (
    <div className="stack">
      {done ? (
        <p className="alert alert-success" role="status" data-testid="resolve-done">
          {done}
        </p>
      ) : null}
      {resolving ? (
        <ResolveVisitPanel
          key={resolving.id}
          visit={resolving}
          onCancel={() => setResolving(null)}
          onDone={(message) => {
            setResolving(null);
            setDone(message);
            visits.reload();
          }}
        />
      ) : null}
      <ErrorAlert error={visits.error} />
      <DataTable
        label={t("escalatedVisits.title")}
        columns={columns}
        rows={visits.data?.items}
        total={visits.data?.total ?? 0}
        state={table}
        getRowId={(row) => row.id}
        isLoading={visits.isLoading}
        emptyText={isOpen ? t("escalatedVisits.empty") : t("escalatedVisits.emptyResolved")}
        rowTestId="escalated-visit-row"
        testId="escalated-visits"
        toolbar={
          <div className="button-row">
            <label className="field">
              <span>{t("escalatedVisits.status")}</span>
              <select
                value={status}
                onChange={(e) => filter(() => setStatus(e.target.value as VisitStatus))}
                data-testid="escalated-status"
              >
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`escalatedVisits.listOf.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t("escalatedVisits.zone")}</span>
              <select value={zone} onChange={(e) => filter(() => setZone(e.target.value))} data-testid="escalated-zone">
                <option value="">{t("escalatedVisits.allZones")}</option>
                {[...new Set([...(visits.data?.zones ?? []), ...(zone ? [zone] : [])])].map((z) => (
                  <option key={z} value={z}>
                    {z}
                  </option>
                ))}
              </select>
            </label>
          </div>
        }
      />
    </div>
  );
}
