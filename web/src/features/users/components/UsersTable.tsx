import { createColumnHelper } from "@tanstack/react-table";
import { type ReactNode, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { DataTable } from "../../../ui/DataTable";
import type { TableState } from "../../../ui/use-table-state";
import type { User } from "../api/users-api";

const column = createColumnHelper<User>();

interface UsersTableProps {
  users: User[] | undefined;
  total: number;
  state: TableState;
  isLoading?: boolean;
  toolbar?: ReactNode;
  /** Opens a user's administration; absent for those who may only read the list. */
  onEdit?: (user: User) => void;
}

/** The tenant's users with their roles and sign-in state, a page at a time. */
export function UsersTable({ users, total, state, isLoading, toolbar, onEdit }: UsersTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const columns = useMemo(() => {
    const now = Date.now();
    return [
      column.accessor("fullName", { header: () => t("users.fullName") }),
      column.accessor("email", { header: () => t("users.email") }),
      column.accessor("roles", {
        header: () => t("users.roles"),
        enableSorting: false,
        cell: (info) =>
          info
            .getValue()
            .map((role) => labelOf(t, "roles", role))
            .join(", "),
      }),
      column.display({
        id: "state",
        header: () => t("users.state"),
        cell: ({ row }) => {
          const user = row.original;
          if (!user.isActive) return <span className="badge">{t("users.inactive")}</span>;
          if (user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now) {
            return (
              <span className="badge badge-danger">{t("users.lockedUntil", { date: format.dateTime(user.lockedUntil) })}</span>
            );
          }
          return <span className="badge status-active">{t("users.active")}</span>;
        },
      }),
      column.accessor("lastLoginAt", {
        header: () => t("users.lastLogin"),
        cell: (info) => {
          const value = info.getValue();
          return value ? format.dateTime(value) : t("users.never");
        },
      }),
      ...(onEdit
        ? [
            column.display({
              id: "actions",
              header: () => <span className="visually-hidden">{t("common.actions")}</span>,
              cell: ({ row }) => (
                <button type="button" className="button-secondary" onClick={() => onEdit(row.original)}>
                  {t("users.edit", { name: row.original.fullName })}
                </button>
              ),
            }),
          ]
        : []),
    ];
  }, [t, format, onEdit]);
  return (
    <DataTable
      label={t("users.listTitle")}
      columns={columns}
      rows={users}
      total={total}
      state={state}
      getRowId={(user) => user.id}
      isLoading={isLoading}
      toolbar={toolbar}
      emptyText={t("users.empty")}
      testId="users-table"
    />
  );
}
