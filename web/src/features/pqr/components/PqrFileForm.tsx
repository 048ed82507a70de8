import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import {
  CHANNELS_WITH_ADDRESS,
  EVIDENCE_ACCEPT,
  PQR_CHANNELS,
  PQR_TYPES,
  type PqrDetail,
  pqrApi,
  toUploadedFile,
} from "../api/pqr-api";

interface PqrFileFormProps {
  customerId: string;
  products: Array<{ id: string; serviceNumber: string }>;
  onFiled: (pqr: PqrDetail) => void;
  onCancel: () => void;
}

/** The advisor files a PQR from the customer's page (seed 002 step 5), telling the customer the response time. */
export function PqrFileForm({ customerId, products, onFiled, onCancel }: PqrFileFormProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const preview = useApiQuery("/api/pqrs/clock-preview");
  const [type, setType] = useState<(typeof PQR_TYPES)[number]>("complaint");
  const [productId, setProductId] = useState("");
  const [subject, setSubject] = useState("");
  const [description, setDescription] = useState("");
  const [amount, setAmount] = useState("");
  const [filingChannel, setFilingChannel] = useState<(typeof PQR_CHANNELS)[number]>("phone");
  const [responseChannel, setResponseChannel] = useState<(typeof PQR_CHANNELS)[number]>("email");
  const [responseAddress, setResponseAddress] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const submit = useAsyncAction(async () =>
    pqrApi.file({
      type,
      customerId,
      productId: productId || null,
      subject,
      description: description || undefined,
      amountInDispute: amount.trim() ? amount.trim().replace(",", ".") : null,
      filingChannel,
      responseChannel,
      responseAddress: responseAddress || undefined,
      evidence: await Promise.all(files.map(toUploadedFile)),
    }),
  );
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const filed = await submit.run();
    if (filed) onFiled(filed);
  };
  const channelOptions = PQR_CHANNELS.map((channel) => (
    <option key={channel} value={channel}>
      {labelOf(t, "pqr.channels", channel)}
    </option>
  ));
  return (
    <form className="card form-grid" onSubmit={onSubmit} data-testid="pqr-file-form" aria-labelledby="pqr-file-heading">
      <h2 id="pqr-file-heading">{t("pqr.fileTitle")}</h2>
      {preview.data ? (
        <p className="alert alert-warning" data-testid="pqr-response-time">
          {t("pqr.fileIntro", { date: format.date(preview.data.dueOn), days: preview.data.answerBusinessDays })}
        </p>
      ) : null}
      <label className="field">
        <span>{t("pqr.fields.type")}</span>
        <select value={type} onChange={(e) => setType(e.target.value as typeof type)}>
          {PQR_TYPES.map((value) => (
            <option key={value} value={value}>
              {labelOf(t, "pqr.types", value)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("pqr.fields.product")}</span>
        <select value={productId} onChange={(e) => setProductId(e.target.value)}>
          <option value="">{t("pqr.fields.noProduct")}</option>
          {products.map((product) => (
            <option key={product.id} value={product.id}>
              {product.serviceNumber}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t("pqr.fields.subject")}</span>
        <input required maxLength={300} value={subject} onChange={(e) => setSubject(e.target.value)} name="subject" />
      </label>
      <label className="field">
        <span>{t("pqr.fields.description")}</span>
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label className="field">
        <span>{t("pqr.fields.amount")}</span>
        <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </label>
      <label className="field">
        <span>{t("pqr.fields.filingChannel")}</span>
        <select value={filingChannel} onChange={(e) => setFilingChannel(e.target.value as typeof filingChannel)}>
          {channelOptions}
        </select>
      </label>
      <label className="field">
        <span>{t("pqr.fields.responseChannel")}</span>
        <select value={responseChannel} onChange={(e) => setResponseChannel(e.target.value as typeof responseChannel)}>
          {channelOptions}
        </select>
      </label>
      {CHANNELS_WITH_ADDRESS.includes(responseChannel) ? (
        <label className="field">
          <span>{t("pqr.fields.responseAddress")}</span>
          <input required value={responseAddress} onChange={(e) => setResponseAddress(e.target.value)} />
        </label>
      ) : null}
      <label className="field">
        <span>{t("pqr.fields.evidence")}</span>
        <input type="file" multiple accept={EVIDENCE_ACCEPT} onChange={(e) => setFiles([...(e.target.files ?? [])])} />
      </label>
      <ErrorAlert error={submit.error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={submit.isPending}>
          {t("pqr.fileSubmit")}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("pqr.cancel")}
        </button>
      </div>
    </form>
  );
}
