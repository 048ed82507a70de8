import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { usePermission } from "../features/session/hooks/session-context";
import type { User } from "../features/users/api/users-api";
import { CreateUserForm } from "../features/users/components/CreateUserForm";
import { EditUserForm } from "../features/users/components/EditUserForm";
import { UsersTable } from "../features/users/components/UsersTable";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { useDebouncedValue } from "../ui/use-debounced-value";
import { usePageTitle } from "../ui/use-page-title";
import { pageRows, useTableState } from "../ui/use-table-state";

type Activity = "" | "active" | "inactive";

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t("users.title"));
  const canManage = usePermission("users:manage");
  const [search, setSearch] = useState("");
  const [activity, setActivity] = useState<Activity>("");
  const [editing, setEditing] = useState<User | null>(null);
  const q = useDebouncedValue(search.trim(), 300);
  const table = useTableState<"fullName" | "email" | "lastLoginAt" | "-fullName" | "-email" | "-lastLoginAt">();
  const users = useApiQuery("/api/users", {
    query: { q: q || undefined, active: activity === "" ? undefined : activity === "active", ...table.query },
  });
  const { rows, total } = pageRows(users.data);
  const roles = useApiQuery(canManage ? "/api/roles" : null);
  // The open form follows the list: after a change the reloaded row replaces the one it was opened with.
  const edited = editing ? (rows?.find((user) => user.id === editing.id) ?? editing) : null;

  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("users.title")}</h1>
      <ErrorAlert error={users.error ?? roles.error} />
      {roles.data ? <CreateUserForm roles={roles.data} onCreated={users.reload} /> : null}
      {edited && roles.data ? (
        <EditUserForm
          key={edited.id}
          user={edited}
          roles={roles.data}
          onChanged={users.reload}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <section className="card" aria-labelledby="users-heading">
        <h2 id="users-heading">{t("users.listTitle")}</h2>
        {users.isLoading && !users.data ? <Loading /> : null}
        <UsersTable
          users={rows}
          total={total}
          state={table}
          isLoading={users.isLoading}
          onEdit={canManage ? setEditing : undefined}
          toolbar={
            <div className="button-row">
              <label className="inline-field">
                <span>{t("users.search")}</span>
                <input
                  type="search"
                  value={search}
                  onChange={(event) => {
                    setSearch(event.target.value);
                    table.firstPage();
                  }}
                />
              </label>
              <label className="inline-field">
                <span>{t("users.filterState")}</span>
                <select
                  value={activity}
                  onChange={(event) => {
                    setActivity(event.target.value as Activity);
                    table.firstPage();
                  }}
                >
                  <option value="">{t("users.allStates")}</option>
                  <option value="active">{t("users.active")}</option>
                  <option value="inactive">{t("users.inactive")}</option>
                </select>
              </label>
            </div>
          }
        />
      </section>
    </section>
  );
}
