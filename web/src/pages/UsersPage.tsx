import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { usePermission } from "../features/session/hooks/session-context";
import { CreateUserForm } from "../features/users/components/CreateUserForm";
import { UsersTable } from "../features/users/components/UsersTable";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t("users.title"));
  const canManage = usePermission("users:manage");
  const users = useApiQuery("/api/users");
  const roles = useApiQuery(canManage ? "/api/roles" : null);

  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("users.title")}</h1>
      <ErrorAlert error={users.error ?? roles.error} />
      {roles.data ? <CreateUserForm roles={roles.data} onCreated={users.reload} /> : null}
      <section className="card" aria-labelledby="users-heading">
        <h2 id="users-heading">{t("users.listTitle")}</h2>
        {users.isLoading && !users.data ? <Loading /> : null}
        {users.data ? <UsersTable users={users.data} /> : null}
      </section>
    </section>
  );
}
