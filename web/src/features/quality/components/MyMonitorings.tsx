import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import { useTableState } from "../../../ui/use-table-state";
import { type Monitoring, qualityApi } from "../api/quality-api";

/** The advisor's own monitorings, newest first, a page at a time; each one is acknowledged once with «Enterado». */
export function MyMonitorings() {
  const { t } = useTranslation();
  const table = useTableState({ pageSize: 10 });
  const list = useApiQuery("/api/quality/my-monitorings", { query: { page: table.page, pageSize: table.pageSize } });
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / table.pageSize));
  return (
    <section className="stack" aria-labelledby="mine-heading" data-testid="my-monitorings">
      <h2 id="mine-heading">{t("quality.mine.listTitle", { count: total })}</h2>
      <ErrorAlert error={list.error} />
      {list.isLoading && !list.data ? <Loading /> : null}
      {list.data && list.data.items.length === 0 ? <p className="empty">{t("quality.mine.empty")}</p> : null}
      {(list.data?.items ?? []).map((m) => (
        <MonitoringCard key={m.id} monitoring={m} onAcknowledged={() => list.reload()} />
      ))}
      {pages > 1 ? (
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            disabled={table.page <= 1}
            onClick={() => table.setPage(table.page - 1)}
          >
            {t("quality.mine.previous")}
          </button>
          <span>{t("quality.mine.pageOf", { page: table.page, pages })}</span>
          <button
            type="button"
            className="button-secondary"
            disabled={table.page >= pages}
            onClick={() => table.setPage(table.page + 1)}
          >
            {t("quality.mine.next")}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function MonitoringCard({ monitoring: m, onAcknowledged }: { monitoring: Monitoring; onAcknowledged: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [comment, setComment] = useState("");
  const acknowledge = useAsyncAction(async () => {
    await qualityApi.acknowledge(m.id, comment.trim() || undefined);
    onAcknowledged();
  });
  const failed = Object.entries(m.answers).filter(([, met]) => !met).length;
  return (
    <article
      className="card stack"
      aria-label={t("quality.mine.cardLabel", { at: format.dateTime(m.callAt) })}
      data-testid="monitoring"
    >
      <h3>{t("quality.mine.callOf", { at: format.dateTime(m.callAt), phone: m.phone })}</h3>
      <p className={m.criticalFailed ? "indicator-missed" : "indicator-figure"} data-testid="monitoring-score">
        {m.criticalFailed ? t("quality.mine.zeroed") : t("quality.mine.score", { score: format.number(m.score) })}
      </p>
      <p className="muted">
        {t("quality.mine.by", { monitor: m.monitorName, at: format.dateTime(m.monitoredAt) })}
        {failed > 0 ? ` · ${t("quality.mine.failed", { count: failed })}` : ""}
      </p>
      {m.comment ? <p>{m.comment}</p> : null}
      {m.acknowledgedAt ? (
        <p className="indicator-met" data-testid="monitoring-acknowledged">
          {t("quality.mine.acknowledged", { at: format.dateTime(m.acknowledgedAt) })}
          {m.advisorComment ? ` · «${m.advisorComment}»` : ""}
        </p>
      ) : (
        <>
          <label className="field">
            <span>{t("quality.mine.comment")}</span>
            <textarea value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} />
          </label>
          <ErrorAlert error={acknowledge.error} />
          <div className="button-row">
            <button
              type="button"
              disabled={acknowledge.isPending}
              onClick={() => void acknowledge.run()}
              data-testid="acknowledge"
            >
              {t("quality.mine.acknowledge")}
            </button>
          </div>
        </>
      )}
    </article>
  );
}
