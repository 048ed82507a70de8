import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { pqrApi } from "../api/pqr-api";

/** The admin configures the CUN range the authority assigned, and sees how many CUNs remain. */
export function CunRangeForm() {
  const { t } = useTranslation();
  const format = useFormatters();
  const current = useApiQuery("/api/pqr-cun-range");
  const [prefix, setPrefix] = useState("");
  const [first, setFirst] = useState("");
  const [last, setLast] = useState("");
  const [width, setWidth] = useState("");
  const [pattern, setPattern] = useState("");
  const [basis, setBasis] = useState("");
  useEffect(() => {
    if (!current.data) return;
    setPrefix(current.data.prefix);
    setFirst(String(current.data.firstNumber));
    setLast(String(current.data.lastNumber));
    setWidth(String(current.data.width));
    setPattern(current.data.pattern);
    setBasis(current.data.basis);
  }, [current.data]);
  const save = useAsyncAction(() =>
    pqrApi.setCunRange({
      prefix,
      firstNumber: Number(first),
      lastNumber: Number(last),
      width: width ? Number(width) : undefined,
      pattern: pattern || undefined,
      basis,
    }),
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save.run()) current.reload();
  };
  const notConfigured = current.error instanceof ApiError && current.error.status === 404;
  return (
    <div className="stack">
      {current.data ? (
        <p className="alert alert-success" data-testid="cun-range-current">
          {t("pqr.range.current", {
            first: current.data.firstCun,
            last: current.data.lastCun,
            remaining: format.number(current.data.remaining),
          })}
        </p>
      ) : null}
      {notConfigured ? <p className="alert alert-warning">{t("pqr.range.none")}</p> : <ErrorAlert error={current.error} />}
      <form className="card form-grid" onSubmit={submit} data-testid="cun-range-form">
        <label className="field">
          <span>{t("pqr.range.prefix")}</span>
          <input value={prefix} onChange={(e) => setPrefix(e.target.value)} maxLength={20} />
        </label>
        <label className="field">
          <span>{t("pqr.range.first")}</span>
          <input required inputMode="numeric" value={first} onChange={(e) => setFirst(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("pqr.range.last")}</span>
          <input required inputMode="numeric" value={last} onChange={(e) => setLast(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("pqr.range.width")}</span>
          <input inputMode="numeric" value={width} onChange={(e) => setWidth(e.target.value)} />
        </label>
        <label className="field">
          <span>{t("pqr.range.pattern")}</span>
          <input value={pattern} onChange={(e) => setPattern(e.target.value)} maxLength={200} />
          <span className="hint">{t("pqr.range.patternHint")}</span>
        </label>
        <label className="field">
          <span>{t("pqr.range.basis")}</span>
          <input value={basis} onChange={(e) => setBasis(e.target.value)} maxLength={500} />
        </label>
        <ErrorAlert error={save.error} />
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={save.isPending}>
            {t("pqr.range.save")}
          </button>
        </div>
      </form>
    </div>
  );
}
