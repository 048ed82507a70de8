import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { serviceRequestsApi } from "../api/servicerequests-api";

/** Step 20: the network department receives the zoning form of an executed order (the server refuses it otherwise). */
export function ZoningForm({ requestId, onDone }: { requestId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [zone, setZone] = useState("");
  const [address, setAddress] = useState("");
  const [nearestBox, setNearestBox] = useState("");
  const receive = useAsyncAction(async () => {
    await serviceRequestsApi.zoningForm(requestId, { zone, address, nearestBox: nearestBox || null });
    onDone();
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void receive.run();
  }
  return (
    <form className="card form-grid" onSubmit={submit} data-testid="zoning-form">
      <h2>{t("serviceRequests.zoningTitle")}</h2>
      <label className="field">
        {t("serviceRequests.correctedZone")}
        <input required value={zone} onChange={(e) => setZone(e.target.value)} />
      </label>
      <label className="field">
        {t("serviceRequests.correctedAddress")}
        <input required value={address} onChange={(e) => setAddress(e.target.value)} />
      </label>
      <label className="field">
        {t("serviceRequests.nearestBox")}
        <input value={nearestBox} onChange={(e) => setNearestBox(e.target.value)} />
      </label>
      <ErrorAlert error={receive.error} />
      <button type="submit" className="button-primary" disabled={receive.isPending}>
        {t("serviceRequests.receiveZoning")}
      </button>
    </form>
  );
}
