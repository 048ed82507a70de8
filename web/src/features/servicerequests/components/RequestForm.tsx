import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { labelOf } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useDebouncedValue } from "../../../ui/use-debounced-value";
import { type RequestItem, serviceRequestsApi } from "../api/servicerequests-api";

const TYPES = ["installation", "transfer", "migration"] as const;

/**
 * Step 1 (or 19.2 with `reentryOf`): the advisor keys an installation, transfer or migration request; a
 * re-entry keeps the annulled request's customer and product and carries its observations over.
 */
export function RequestForm({ reentryOf, onKeyed }: { reentryOf?: RequestItem; onKeyed: (id: string, number: number) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [customerId, setCustomerId] = useState(reentryOf?.customerId ?? "");
  const [productId, setProductId] = useState(reentryOf?.productId ?? "");
  const [requestType, setRequestType] = useState<(typeof TYPES)[number]>(reentryOf?.requestType ?? "installation");
  const [address, setAddress] = useState(reentryOf?.address ?? "");
  const [zone, setZone] = useState(reentryOf?.zone ?? "");
  const [nearestBox, setNearestBox] = useState(reentryOf?.nearestBox ?? "");
  const [sellerName, setSellerName] = useState(reentryOf?.sellerName ?? "");
  const [observation, setObservation] = useState("");
  const q = useDebouncedValue(search.trim(), 300);
  const found = useApiQuery(!reentryOf && q.length >= 2 ? "/api/customers" : null, { query: { q, limit: 8 } });
  const customer = useApiQuery(customerId && !reentryOf ? "/api/customers/{id}" : null, { path: { id: customerId } });
  const key = useAsyncAction(async () => {
    const keyed = await serviceRequestsApi.key({
      requestType,
      customerId,
      productId,
      address,
      zone: zone || null,
      nearestBox: nearestBox || null,
      sellerName,
      observation: observation || undefined,
      reentryOf: reentryOf?.id ?? null,
    });
    onKeyed(keyed.id, keyed.number);
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void key.run();
  }
  const matches = Array.isArray(found.data) ? found.data : [];
  return (
    <form className="card form-grid" onSubmit={submit} data-testid="request-form">
      <h2>{reentryOf ? t("serviceRequests.reenter") : t("serviceRequests.keyTitle")}</h2>
      {reentryOf ? <p className="muted">{t("serviceRequests.reenterHint")}</p> : null}
      {reentryOf ? null : (
        <>
          <label className="field">
            {t("serviceRequests.searchCustomer")}
            <input value={search} onChange={(e) => setSearch(e.target.value)} data-testid="customer-search" />
          </label>
          <ul className="pick-list">
            {matches.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  onClick={() => {
                    setCustomerId(c.id);
                    setProductId("");
                    setSearch(c.fullName);
                  }}
                >
                  {c.code} · {c.fullName}
                </button>
              </li>
            ))}
          </ul>
          {customer.data ? (
            <label className="field">
              {t("serviceRequests.product")}
              <select required value={productId} onChange={(e) => setProductId(e.target.value)} data-testid="product">
                <option value="" />
                {customer.data.products.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.serviceNumber} · {p.kind}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </>
      )}
      <label className="field">
        {t("serviceRequests.type")}
        <select value={requestType} onChange={(e) => setRequestType(e.target.value as (typeof TYPES)[number])}>
          {TYPES.map((type) => (
            <option key={type} value={type}>
              {labelOf(t, "serviceRequests.types", type)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t("serviceRequests.address")}
        <input required value={address} onChange={(e) => setAddress(e.target.value)} />
      </label>
      <label className="field">
        {t("serviceRequests.zone")}
        <input value={zone} onChange={(e) => setZone(e.target.value)} />
      </label>
      <label className="field">
        {t("serviceRequests.nearestBox")}
        <input value={nearestBox} onChange={(e) => setNearestBox(e.target.value)} />
      </label>
      <label className="field">
        {t("serviceRequests.seller")}
        <input required value={sellerName} onChange={(e) => setSellerName(e.target.value)} />
      </label>
      <label className="field">
        {t("serviceRequests.observation")}
        <textarea value={observation} onChange={(e) => setObservation(e.target.value)} />
      </label>
      <ErrorAlert error={key.error} />
      <button type="submit" className="button-primary" disabled={key.isPending || !customerId || !productId}>
        {t("serviceRequests.save")}
      </button>
    </form>
  );
}
