import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { createUser, type Role } from "../api/users-api";
import { PasswordRuleHint } from "./PasswordRuleHint";
import { RoleChecklist } from "./RoleChecklist";

interface CreateUserFormProps {
  roles: Role[];
  onCreated: () => void;
}

const EMPTY = { email: "", fullName: "", password: "" };

/** A new user of this tenant with one or more roles from the catalog. */
export function CreateUserForm({ roles, onCreated }: CreateUserFormProps) {
  const { t } = useTranslation();
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
      <PasswordRuleHint id="password-rule" password={fields.password} />
      <RoleChecklist roles={roles} chosen={chosenRoles} onChange={setChosenRoles} />
      <button type="submit" className="button-primary" disabled={create.isPending || chosenRoles.length === 0}>
        {t("users.create")}
      </button>
    </form>
  );
}
