import { useTranslation } from "react-i18next";
import { MIN_PASSWORD_LENGTH } from "../password-rule";

/** The rule, said before the first submit, and how far the typed password is from it. */
export function PasswordRuleHint({ id, password }: { id: string; password: string }) {
  const { t } = useTranslation();
  return (
    <p className="muted" id={id} data-testid="password-rule" aria-live="polite">
      {password.length === 0 || password.length >= MIN_PASSWORD_LENGTH
        ? t("users.passwordRule", { min: MIN_PASSWORD_LENGTH })
        : t("users.passwordMissing", { min: MIN_PASSWORD_LENGTH, count: MIN_PASSWORD_LENGTH - password.length })}
    </p>
  );
}
