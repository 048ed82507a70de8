import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { useAsyncAction } from "../api/use-async-action";
import { adjustmentsApi } from "../features/adjustments/api/adjustments-api";
import { CutIndicators } from "../features/adjustments/components/CutIndicators";
import { type DeskFilter, DeskFilters } from "../features/adjustments/components/DeskFilters";
import { DeskTable } from "../features/adjustments/components/DeskTable";
import { useFormatters } from "../i18n/format";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { ProgressBar } from "../ui/ProgressBar";
import { usePageTitle } from "../ui/use-page-title";

const PAGE_SIZE = 50;

/** The adjustments cell's desk: a cut's rows, filtered and paged, its progress, bulk validation, exports. */
export function AdjustmentsDeskPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  usePageTitle(t("adjustments.deskTitle"));
  const cuts = useApiQuery("/api/adjustments/cuts");
  const causes = useApiQuery("/api/adjustments/causes");
  const [chosenCut, setChosenCut] = useState<string | null>(null);
  const cutDate = chosenCut ?? cuts.data?.[0]?.cutDate ?? null;
  const [filter, setFilter] = useState<DeskFilter>({});
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const rows = useApiQuery(
    cutDate ? "/api/adjustments/cuts/{cutDate}/rows" : null,
    cutDate ? { path: { cutDate }, query: { ...filter, page, pageSize: PAGE_SIZE } } : ({} as never),
  );
  // The agents with rows in the cut's month, as the indicator engine breaks the base down by advisor.
  const agents = useApiQuery(
    cutDate ? "/api/indicators/{code}" : null,
    cutDate ? { path: { code: "adjustments.applied" }, query: { by: "advisor", last: cutDate, periods: 1 } } : ({} as never),
  );
  const reload = () => {
    rows.reload();
    cuts.reload();
    setSelected(new Set());
  };
  const bulk = useAsyncAction(async () => {
    const result = await adjustmentsApi.bulkValidate([...selected]);
    setMessage(t("adjustments.bulkDone", { done: result.done, total: result.results.length }));
    reload();
  });
  const credits = useAsyncAction(async () => {
    const result = await adjustmentsApi.sendCredits(cutDate!);
    setMessage(t("adjustments.creditsSent", { count: result.sent }));
    reload();
  });
  const cut = cuts.data?.find((c) => c.cutDate === cutDate);
  const items = rows.data?.items ?? [];
  const pages = Math.max(1, Math.ceil((rows.data?.total ?? 0) / PAGE_SIZE));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("adjustments.deskTitle")}</h1>
      <ErrorAlert error={cuts.error ?? rows.error ?? bulk.error ?? credits.error} />
      {cuts.isLoading && !cuts.data ? <Loading /> : null}
      {cuts.data && cuts.data.length === 0 ? <p>{t("adjustments.noCuts")}</p> : null}
      {cutDate && cut ? (
        <>
          <label>
            {t("adjustments.cut")}
            <select
              value={cutDate}
              onChange={(e) => {
                setChosenCut(e.target.value);
                setPage(1);
              }}
            >
              {cuts.data!.map((c) => (
                <option key={c.cutDate} value={c.cutDate}>
                  {format.date(c.cutDate)}
                </option>
              ))}
            </select>
          </label>
          <ProgressBar
            label={t("adjustments.progress")}
            value={cut.done}
            max={cut.total}
            detail={t("adjustments.progressDetail", { done: cut.done, total: cut.total })}
          />
          <DeskFilters
            filter={filter}
            causes={causes.data?.causes ?? []}
            agents={(agents.data?.series ?? []).map((g) => ({ agentUserId: g.key, agentName: g.label ?? g.key }))}
            onChange={(next) => {
              setFilter(next);
              setPage(1);
            }}
          />
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              data-testid="bulk-validate"
              disabled={selected.size === 0 || bulk.isPending}
              onClick={() => void bulk.run()}
            >
              {t("adjustments.bulkValidate")}
            </button>
            <a className="button-secondary" href={adjustmentsApi.cutExportUrl(cutDate)} download>
              {t("adjustments.exportCut")}
            </a>
            <button type="button" className="button-secondary" disabled={credits.isPending} onClick={() => void credits.run()}>
              {t("adjustments.sendCredits")}
            </button>
          </div>
          {message ? (
            <p role="status" className="alert alert-success">
              {message}
            </p>
          ) : null}
          <DeskTable
            rows={items}
            selected={selected}
            onToggle={toggle}
            onToggleAll={() => setSelected(items.every((r) => selected.has(r.id)) ? new Set() : new Set(items.map((r) => r.id)))}
          />
          <div className="button-row">
            <button type="button" className="button-secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t("adjustments.previous")}
            </button>
            <span>{t("adjustments.page", { page, pages })}</span>
            <button type="button" className="button-secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t("adjustments.next")}
            </button>
          </div>
          <CutIndicators cutDate={cutDate} />
        </>
      ) : null}
    </section>
  );
}
