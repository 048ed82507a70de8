import { useTranslation } from "react-i18next";
import type { Role } from "../api/users-api";

interface RoleChecklistProps {
  roles: Role[];
  chosen: readonly string[];
  onChange: (next: string[]) => void;
}

/** The catalog's roles as checkboxes, named in the user's language (creating and editing a user). */
export function RoleChecklist({ roles, chosen, onChange }: RoleChecklistProps) {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="checkbox-group">
      <legend>{t("users.roles")}</legend>
      {roles.map((role) => (
        <label key={role.code} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.includes(role.code)}
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, role.code] : chosen.filter((code) => code !== role.code))
            }
          />
          <span>{i18n.language === "en" ? role.nameEn : role.nameEs}</span>
        </label>
      ))}
    </fieldset>
  );
}
