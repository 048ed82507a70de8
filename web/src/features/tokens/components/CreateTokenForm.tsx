import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { type CreatedToken, createToken } from "../api/tokens-api";
import { TokenSecret } from "./TokenSecret";

/** Names a new personal API token and shows its secret once. */
export function CreateTokenForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const create = useAsyncAction(createToken);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await create.run(name.trim());
    if (result) {
      setCreated(result);
      setName("");
      onCreated();
    }
  }

  return (
    <form className="card form-grid" onSubmit={(event) => void submit(event)}>
      <h2>{t("tokens.createTitle")}</h2>
      <ErrorAlert error={create.error} />
      {created ? <TokenSecret created={created} onDone={() => setCreated(null)} /> : null}
      <label className="field">
        <span>{t("tokens.name")}</span>
        <input name="name" required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <button type="submit" className="button-primary" disabled={create.isPending || name.trim() === ""}>
        {t("tokens.create")}
      </button>
    </form>
  );
}
