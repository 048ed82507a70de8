import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { TableScroll } from "../../../ui/TableScroll";
import type { User } from "../api/users-api";

/** The tenant's users with their roles and sign-in state. */
export function UsersTable({ users }: { users: User[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = Date.now();
  if (users.length === 0) return <p className="empty">{t("users.empty")}</p>;
  return (
    <TableScroll>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("users.fullName")}</th>
            <th scope="col">{t("users.email")}</th>
            <th scope="col">{t("users.roles")}</th>
            <th scope="col">{t("users.state")}</th>
            <th scope="col">{t("users.lastLogin")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const isLocked = user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
            return (
              <tr key={user.id}>
                <td>{user.fullName}</td>
                <td>{user.email}</td>
                <td>{user.roles.map((role) => labelOf(t, "roles", role)).join(", ")}</td>
                <td>
                  {!user.isActive ? (
                    <span className="badge">{t("users.inactive")}</span>
                  ) : isLocked ? (
                    <span className="badge badge-danger">
                      {t("users.lockedUntil", { date: format.dateTime(user.lockedUntil ?? "") })}
                    </span>
                  ) : (
                    <span className="badge status-active">{t("users.active")}</span>
                  )}
                </td>
                <td>{user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t("users.never")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
