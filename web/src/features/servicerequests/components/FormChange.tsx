import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { serviceRequestsApi } from "../api/servicerequests-api";

/** Step 19.1: the equipment change keyed once the order is executed, instead of annulling it. */
export function FormChange({ requestId, onDone }: { requestId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [equipment, setEquipment] = useState("");
  const save = useAsyncAction(async () => {
    await serviceRequestsApi.formChange(requestId, { equipment });
    setEquipment("");
    onDone();
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void save.run();
  }
  return (
    <form className="card form-grid" onSubmit={submit} data-testid="form-change">
      <h2>{t("serviceRequests.formChangeTitle")}</h2>
      <label className="field">
        {t("serviceRequests.equipment")}
        <input required value={equipment} onChange={(e) => setEquipment(e.target.value)} />
      </label>
      <ErrorAlert error={save.error} />
      <button type="submit" className="button-primary" disabled={save.isPending}>
        {t("serviceRequests.save")}
      </button>
    </form>
  );
}
