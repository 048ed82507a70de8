import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { createUser, type Role } from "../api/users-api";
import { MIN_PASSWORD_LENGTH } from "../password-rule";

interface CreateUserFormProps {
  roles: Role[];
  onCreated: () => void;
}

const EMPTY = { email: "", fullName: "", password: "" };

/** A new user of this tenant with one or more roles from the catalog. */
export function CreateUserForm({ roles, onCreated }: CreateUserFormProps) {
  const { t, i18n } = useTranslation();
  const [fields, setFields] = useState(EMPTY);
  const [chosenRoles, setChosenRoles] = useState<string[]>([]);
  const [createdEmail, setCreatedEmail] = useState<string | null>(null);
  const create = useAsyncAction(createUser);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreatedEmail(null);
    const input = { ...fields, email: fields.email.trim(), fullName: fields.fullName.trim(), roles: chosenRoles };
    if (await create.run(input)) {
      setCreatedEmail(input.email);
      setFields(EMPTY);
      setChosenRoles([]);
      onCreated();
    }
  }

  function toggleRole(code: string, isChosen: boolean) {
    setChosenRoles((current) => (isChosen ? [...current, code] : current.filter((role) => role !== code)));
  }

  const textField = (name: keyof typeof EMPTY, type: string, autoComplete: string, describedBy?: string) => (
    <label className="field">
      <span>{t(`users.${name}`)}</span>
      <input
        type={type}
        name={name}
        autoComplete={autoComplete}
        aria-describedby={describedBy}
        required
        value={fields[name]}
        onChange={(event) => setFields((current) => ({ ...current, [name]: event.target.value }))}
      />
    </label>
  );

  return (
    <form className="card form-grid" onSubmit={(event) => void submit(event)}>
      <h2>{t("users.createTitle")}</h2>
      <ErrorAlert error={create.error} />
      {createdEmail ? (
        <p className="alert alert-success" role="status">
          {t("users.created", { email: createdEmail })}
        </p>
      ) : null}
      {textField("email", "email", "off")}
      {textField("fullName", "text", "off")}
      {textField("password", "password", "new-password", "password-rule")}
      {/* The rule is said before the first submit, and how far the typed password is from it. */}
      <p className="muted" id="password-rule" data-testid="password-rule" aria-live="polite">
        {fields.password.length === 0 || fields.password.length >= MIN_PASSWORD_LENGTH
          ? t("users.passwordRule", { min: MIN_PASSWORD_LENGTH })
          : t("users.passwordMissing", { min: MIN_PASSWORD_LENGTH, count: MIN_PASSWORD_LENGTH - fields.password.length })}
      </p>
      <fieldset className="checkbox-group">
        <legend>{t("users.roles")}</legend>
        {roles.map((role) => (
          <label key={role.code} className="checkbox">
            <input
              type="checkbox"
              checked={chosenRoles.includes(role.code)}
              onChange={(event) => toggleRole(role.code, event.target.checked)}
            />
            <span>{i18n.language === "en" ? role.nameEn : role.nameEs}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button-primary" disabled={create.isPending || chosenRoles.length === 0}>
        {t("users.create")}
      </button>
    </form>
  );
}
