import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { activateUser, deactivateUser, type Role, resetUserPassword, type User, updateUser } from "../api/users-api";
import { PasswordRuleHint } from "./PasswordRuleHint";
import { RoleChecklist } from "./RoleChecklist";

interface EditUserFormProps {
  user: User;
  roles: Role[];
  onChanged: () => void;
  onClose: () => void;
}

/**
 * One user's administration: name and roles, a new password (the administrator tells it to the person;
 * their open sessions end), deactivation and reactivation. The server refuses what would leave the
 * tenant without an administrator, and says why beside the form.
 */
export function EditUserForm({ user, roles, onChanged, onClose }: EditUserFormProps) {
  const { t } = useTranslation();
  const [fullName, setFullName] = useState(user.fullName);
  const [chosenRoles, setChosenRoles] = useState<string[]>(user.roles);
  const [password, setPassword] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const save = useAsyncAction(updateUser);
  const reset = useAsyncAction(resetUserPassword);
  const toggle = useAsyncAction((isActive: boolean) => (isActive ? deactivateUser(user.id) : activateUser(user.id)));

  async function submitChange(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    if (await save.run(user.id, { fullName: fullName.trim(), roles: chosenRoles })) {
      setDone(t("users.saved", { name: fullName.trim() }));
      onChanged();
    }
  }

  async function submitPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    if (await reset.run(user.id, password)) {
      setPassword("");
      setDone(t("users.passwordReset", { name: user.fullName }));
    }
  }

  async function toggleActive() {
    setDone(null);
    if (user.isActive && !window.confirm(t("users.confirmDeactivate", { name: user.fullName }))) return;
    if (await toggle.run(user.isActive)) {
      setDone(t(user.isActive ? "users.deactivated" : "users.activated", { name: user.fullName }));
      onChanged();
    }
  }

  return (
    <section className="card stack" aria-labelledby="edit-user-heading">
      <h2 id="edit-user-heading">{t("users.editTitle", { name: user.fullName })}</h2>
      <p className="muted">{user.email}</p>
      {done ? (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      ) : null}
      <form className="form-grid" onSubmit={(event) => void submitChange(event)}>
        <ErrorAlert error={save.error} />
        <label className="field">
          <span>{t("users.fullName")}</span>
          <input name="fullName" required value={fullName} onChange={(event) => setFullName(event.target.value)} />
        </label>
        <RoleChecklist roles={roles} chosen={chosenRoles} onChange={setChosenRoles} />
        <button type="submit" className="button-primary" disabled={save.isPending || chosenRoles.length === 0}>
          {t("users.save")}
        </button>
      </form>
      {user.isActive ? (
        <form className="form-grid" onSubmit={(event) => void submitPassword(event)}>
          <h3>{t("users.resetTitle")}</h3>
          <ErrorAlert error={reset.error} />
          <label className="field">
            <span>{t("users.newPassword")}</span>
            <input
              type="password"
              name="newPassword"
              autoComplete="new-password"
              aria-describedby="reset-password-rule"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </label>
          <PasswordRuleHint id="reset-password-rule" password={password} />
          <button type="submit" className="button-secondary" disabled={reset.isPending}>
            {t("users.resetPassword")}
          </button>
        </form>
      ) : null}
      <ErrorAlert error={toggle.error} />
      <div className="button-row">
        <button
          type="button"
          className={user.isActive ? "button-danger" : "button-secondary"}
          disabled={toggle.isPending}
          onClick={() => void toggleActive()}
        >
          {t(user.isActive ? "users.deactivate" : "users.activate")}
        </button>
        <button type="button" className="button-secondary" onClick={onClose}>
          {t("users.close")}
        </button>
      </div>
    </section>
  );
}
