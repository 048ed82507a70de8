import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { type IntegrationSetting, saveIntegration } from "../api/integrations-api";

/** How one outside system is reached: the built-in simulator, or a signed webhook to the operator's system. */
export function IntegrationSettingsForm({ setting, onSaved }: { setting: IntegrationSetting; onSaved: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState(setting.mode);
  const [url, setUrl] = useState(setting.url ?? "");
  const [secret, setSecret] = useState("");
  const [saved, setSaved] = useState(false);
  const save = useAsyncAction(async () => {
    await saveIntegration(setting.adapter, {
      mode,
      url: mode === "webhook" ? url.trim() : null,
      ...(secret ? { secret } : {}),
    });
    setSecret("");
    setSaved(true);
    onSaved();
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    void save.run();
  }

  const id = `integration-${setting.adapter}`;
  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{setting.name}</h3>
      <ErrorAlert error={save.error} />
      {saved ? (
        <p className="alert alert-success" role="status">
          {t("integrations.saved")}
        </p>
      ) : null}
      <label className="field">
        <span>{t("integrations.mode")}</span>
        <select value={mode} onChange={(event) => setMode(event.target.value as typeof mode)}>
          <option value="simulator">{t("integrations.modes.simulator")}</option>
          <option value="webhook">{t("integrations.modes.webhook")}</option>
        </select>
      </label>
      {mode === "webhook" ? (
        <>
          <label className="field">
            <span>{t("integrations.url")}</span>
            <input type="url" required value={url} onChange={(event) => setUrl(event.target.value)} />
          </label>
          <label className="field">
            <span>{setting.hasSecret ? t("integrations.secretReplace") : t("integrations.secret")}</span>
            <input
              type="password"
              autoComplete="new-password"
              minLength={16}
              value={secret}
              onChange={(event) => setSecret(event.target.value)}
            />
          </label>
        </>
      ) : (
        <p className="muted">{t("integrations.simulatorHint")}</p>
      )}
      <button type="submit" className="button-primary" disabled={save.isPending}>
        {t("integrations.save")}
      </button>
    </form>
  );
}
