import { createColumnHelper } from "@tanstack/react-table";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { DataTable } from "../../../ui/DataTable";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useTableState } from "../../../ui/use-table-state";
import { type IdeaStatus, type PracticeCatalog, type PracticeSession, practiceName, practicesApi } from "../api/practices-api";

const column = createColumnHelper<PracticeSession>();
const IDEA_STATUSES: IdeaStatus[] = ["proposed", "approved", "in_progress", "done", "discarded"];

/** The practices held, newest first, a page at a time; an improvement meeting's ideas move along their circuit here. */
export function SessionsList({ catalog, canMove }: { catalog: PracticeCatalog; canMove: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const table = useTableState({ pageSize: 10 });
  const sessions = useApiQuery("/api/practices/sessions", { query: { page: table.page, pageSize: table.pageSize } });
  const move = useAsyncAction(async (id: string, status: IdeaStatus) => {
    await practicesApi.moveIdea(id, status);
    sessions.reload();
  });
  const columns = useMemo(() => {
    return [
      column.accessor("heldAt", {
        header: () => t("practices.sessions.heldAt"),
        cell: (i) => format.dateTime(i.getValue()),
        enableSorting: false,
      }),
      column.accessor("practiceCode", {
        header: () => t("practices.sessions.practice"),
        cell: (i) => practiceName(catalog, i.getValue()),
        enableSorting: false,
      }),
      column.accessor("leaderName", { header: () => t("practices.sessions.leader"), enableSorting: false }),
      column.accessor("teamName", {
        header: () => t("practices.sessions.team"),
        cell: (i) => i.getValue() ?? t("practices.adherence.noTeam"),
        enableSorting: false,
      }),
      column.accessor("notes", {
        header: () => t("practices.sessions.notes"),
        cell: (i) => i.getValue() ?? "",
        enableSorting: false,
      }),
      column.display({
        id: "ideas",
        header: () => t("practices.sessions.ideas"),
        cell: ({ row }) => (
          <ul className="plain-list">
            {row.original.ideas.map((idea) => (
              <li key={idea.id}>
                {idea.title}{" "}
                {canMove ? (
                  <select
                    aria-label={t("practices.sessions.ideaStatusOf", { title: idea.title })}
                    value={idea.status}
                    disabled={move.isPending}
                    onChange={(e) => void move.run(idea.id, e.target.value as IdeaStatus)}
                  >
                    {IDEA_STATUSES.map((status) => (
                      <option key={status} value={status}>
                        {t(`practices.ideaStatuses.${status}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <span className="badge">{t(`practices.ideaStatuses.${idea.status}`)}</span>
                )}
              </li>
            ))}
          </ul>
        ),
      }),
    ];
  }, [t, format, catalog, canMove, move]);
  return (
    <section className="card stack" aria-labelledby="sessions-heading" data-testid="practice-sessions">
      <h2 id="sessions-heading">{t("practices.sessions.title")}</h2>
      <ErrorAlert error={move.error ?? sessions.error} />
      <DataTable
        label={t("practices.sessions.title")}
        columns={columns}
        rows={sessions.data?.items}
        total={sessions.data?.total ?? 0}
        state={table}
        getRowId={(row) => row.id}
        isLoading={sessions.isLoading}
        emptyText={t("practices.sessions.empty")}
      />
    </section>
  );
}
