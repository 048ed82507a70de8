import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { instructionsExportUrl, sendInstructions } from "../api/cases-api";

const STATUSES = ["live", "ready", "queued", "sent", "failed"] as const;

/** Closing instructions for the billing system: filter, flag the overdue, send the ready ones, export. */
export function ClosingInstructions({ campaign, canSend }: { campaign: string; canSend: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const statusId = useId();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>("live");
  const [overdue, setOverdue] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const query = { campaign, status, overdue: overdue || undefined };
  const list = useApiQuery("/api/closing-instructions", { query: { ...query, limit: 500 } });
  const send = useAsyncAction(async () => {
    const result = await sendInstructions({ ids: [...selected] });
    setSelected(new Set());
    list.reload();
    return result;
  });
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const rows = list.data ?? [];

  return (
    <section className="card stack" aria-labelledby="closings-heading">
      <h2 id="closings-heading">{t("dispositions.closingsTitle")}</h2>
      <div className="page-toolbar">
        <div className="field inline-field">
          <label htmlFor={statusId}>{t("dispositions.status")}</label>
          <select
            id={statusId}
            value={status}
            onChange={(event) => setStatus(STATUSES.find((s) => s === event.target.value) ?? "live")}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`dispositions.instructionStatuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="overdue-only"
            checked={overdue}
            onChange={(event) => setOverdue(event.target.checked)}
          />
          {t("dispositions.overdueOnly")}
        </label>
        <a className="button-secondary" href={instructionsExportUrl({ ...query, format: "xlsx" })} download>
          {t("dispositions.exportXlsx")}
        </a>
        <a className="button-secondary" href={instructionsExportUrl({ ...query, format: "csv" })} download>
          {t("dispositions.exportCsv")}
        </a>
        {canSend ? (
          <button
            type="button"
            className="button-primary"
            data-testid="send-instructions"
            disabled={selected.size === 0 || send.isPending}
            onClick={() => void send.run()}
          >
            {t("dispositions.sendSelected", { count: selected.size })}
          </button>
        ) : null}
      </div>
      <ErrorAlert error={list.error ?? send.error} />
      {rows.length === 0 ? <p className="empty">{t("dispositions.noInstructions")}</p> : null}
      {rows.length > 0 ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                {canSend ? <th scope="col">{t("dispositions.pick")}</th> : null}
                <th scope="col">{t("dispositions.complaint")}</th>
                <th scope="col">{t("dispositions.action")}</th>
                <th scope="col">{t("dispositions.due")}</th>
                <th scope="col">{t("dispositions.status")}</th>
                <th scope="col">{t("dispositions.note")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className={row.isOverdue ? "row-danger" : undefined} data-testid="instruction-row">
                  {canSend ? (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t("dispositions.pickCase", { number: row.complaintNumber })}
                        disabled={row.status !== "ready"}
                        checked={selected.has(row.id)}
                        onChange={() => toggle(row.id)}
                      />
                    </td>
                  ) : null}
                  <td>{row.complaintNumber}</td>
                  <td>{row.action}</td>
                  <td>
                    {format.dateTime(row.dueAt)}
                    {row.isOverdue ? ` · ${t("dispositions.overdue")}` : ""}
                  </td>
                  <td>{t(`dispositions.instructionStatuses.${row.status}`)}</td>
                  <td className="note-text">{row.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
