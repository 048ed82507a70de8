import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import { workOrdersApi } from "../api/workorders-api";
import { OrderPhotos } from "./OrderPhotos";
import { SignaturePad } from "./SignaturePad";

/** Steps 7–8 on the technician's phone: the Xpress task checklist, the result, and the customer's signature. */
export function TechnicianOrder({ id, onClosed }: { id: string; onClosed: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const resultId = useId();
  const signerId = useId();
  const order = useApiQuery("/api/work-orders/{id}", { path: { id } });
  const [tasks, setTasks] = useState<string[]>([]);
  const [result, setResult] = useState("");
  const [signer, setSigner] = useState("");
  const [signature, setSignature] = useState<string | null>(null);
  const close = useAsyncAction(async () => {
    await workOrdersApi.close(id, { tasksDone: tasks, result, signature, signedByName: signer });
    onClosed();
  });

  if (order.isLoading && !order.data) return <Loading />;
  if (!order.data) return <ErrorAlert error={order.error} />;
  const data = order.data;
  function submit(event: FormEvent) {
    event.preventDefault();
    void close.run();
  }
  const toggle = (code: string) =>
    setTasks((current) => (current.includes(code) ? current.filter((c) => c !== code) : [...current, code]));

  return (
    <form className="order-card stack" onSubmit={submit} data-testid="technician-order">
      <h2>
        {t("workOrders.number", { number: data.number })} · {data.customerName}
      </h2>
      <p className="order-contact">
        <span data-testid="order-address">{[data.customerAddress, data.customerCity].filter(Boolean).join(", ")}</span>
        {data.customerAddress ? (
          <a
            className="button-secondary touch"
            href={`https://www.openstreetmap.org/search?query=${encodeURIComponent(
              [data.customerAddress, data.customerCity].filter(Boolean).join(", "),
            )}`}
            target="_blank"
            rel="noreferrer"
            data-testid="order-map"
          >
            {t("workOrders.openMap")}
          </a>
        ) : null}
        {data.customerPhone ? (
          <a className="button-secondary touch" href={`tel:${data.customerPhone}`} data-testid="order-call">
            {t("workOrders.call", { phone: data.customerPhone })}
          </a>
        ) : null}
      </p>
      <p className="muted">
        {data.activityCode} {data.activityName} · {data.serviceNumber} · {t("workOrders.dueAt")}: {format.dateTime(data.dueAt)}
      </p>
      <p>{data.observation}</p>
      <fieldset className="checkbox-group">
        <legend>{t("workOrders.checklist")}</legend>
        {data.checklist.map((task) => (
          <label key={task.code} className="checkbox touch-check">
            <input
              type="checkbox"
              className="big-checkbox"
              checked={tasks.includes(task.code)}
              data-testid={`task-${task.code}`}
              onChange={() => toggle(task.code)}
            />
            {task.name}
          </label>
        ))}
      </fieldset>
      <OrderPhotos orderId={id} canAttach={data.status === "open" || data.status === "printed"} />
      <div className="field">
        <label htmlFor={resultId}>{t("workOrders.result")}</label>
        <textarea
          id={resultId}
          rows={3}
          maxLength={2000}
          value={result}
          data-testid="order-result"
          onChange={(event) => setResult(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={signerId}>{t("workOrders.signerName")}</label>
        <input
          id={signerId}
          type="text"
          maxLength={200}
          value={signer}
          data-testid="signer-name"
          onChange={(event) => setSigner(event.target.value)}
        />
      </div>
      <SignaturePad onChange={setSignature} />
      <ErrorAlert error={close.error} />
      <button type="submit" className="button-primary" disabled={close.isPending} data-testid="close-order">
        {t("workOrders.close")}
      </button>
    </form>
  );
}
