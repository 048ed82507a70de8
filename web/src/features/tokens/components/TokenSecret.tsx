import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CreatedToken } from "../api/tokens-api";

/** The new token's secret, with a copy button: the server will never show it again. */
export function TokenSecret({ created, onDone }: { created: CreatedToken; onDone: () => void }) {
  const { t } = useTranslation();
  const secretId = useId();
  const [isCopied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="alert alert-success" role="status">
      <p className="alert-title">{t("tokens.secretTitle", { name: created.apiToken.name })}</p>
      <p id={`${secretId}-hint`}>{t("tokens.secretOnce")}</p>
      <label htmlFor={secretId} className="visually-hidden">
        {t("tokens.secret")}
      </label>
      <input id={secretId} className="secret" readOnly value={created.token} aria-describedby={`${secretId}-hint`} />
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => void copy()}>
          {isCopied ? t("tokens.copied") : t("tokens.copy")}
        </button>
        <button type="button" className="button-link" onClick={onDone}>
          {t("tokens.secretSaved")}
        </button>
      </div>
    </div>
  );
}
