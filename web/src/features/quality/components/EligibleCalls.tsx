import { createColumnHelper } from "@tanstack/react-table";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { DataTable } from "../../../ui/DataTable";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { useTableState } from "../../../ui/use-table-state";
import type { EligibleCall, Scorecard } from "../api/quality-api";
import { ScoringForm } from "./ScoringForm";

const column = createColumnHelper<EligibleCall>();
const talk = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/**
 * The calls the quality team may score with the chosen card (recorded, taken by an advisor, not yet monitored with
 * it), a page at a time, filtered by advisor, campaign and date; «Calificar» opens the card's form for that call.
 */
export function EligibleCalls({ cards }: { cards: Scorecard[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const table = useTableState({ pageSize: 10 });
  const [cardCode, setCardCode] = useState(cards[0]?.code ?? "");
  const [agentUserId, setAgent] = useState("");
  const [campaignId, setCampaign] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [scoring, setScoring] = useState<EligibleCall | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const card = cards.find((c) => c.code === cardCode);
  const calls = useApiQuery(cardCode ? "/api/quality/calls" : null, {
    query: {
      scorecardCode: cardCode,
      page: table.page,
      pageSize: table.pageSize,
      ...(agentUserId ? { agentUserId } : {}),
      ...(campaignId ? { campaignId } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    },
  });
  const columns = useMemo(
    () => [
      column.accessor("dialedAt", {
        header: () => t("quality.calls.at"),
        cell: (i) => format.dateTime(i.getValue()),
        enableSorting: false,
      }),
      column.accessor("agentName", { header: () => t("quality.calls.agent"), enableSorting: false }),
      column.accessor("customerName", { header: () => t("quality.calls.customer"), enableSorting: false }),
      column.accessor("campaignName", { header: () => t("quality.calls.campaign"), enableSorting: false }),
      column.accessor("talkSeconds", {
        header: () => t("quality.calls.talk"),
        cell: (i) => talk(i.getValue()),
        enableSorting: false,
      }),
      column.display({
        id: "score",
        header: () => t("quality.calls.action"),
        cell: ({ row }) => (
          <button
            type="button"
            className="button-secondary"
            aria-label={t("quality.calls.scoreCallOf", { agent: row.original.agentName, customer: row.original.customerName })}
            onClick={() => {
              setDone(null);
              setScoring(row.original);
            }}
            data-testid="score-call"
          >
            {t("quality.calls.score")}
          </button>
        ),
      }),
    ],
    [t, format],
  );
  const reset = (apply: () => void) => {
    apply();
    table.setPage(1);
  };
  return (
    <section className="card stack" aria-labelledby="calls-heading" data-testid="quality-calls">
      <h2 id="calls-heading">{t("quality.calls.title")}</h2>
      <div className="button-row">
        <label className="field">
          <span>{t("quality.calls.card")}</span>
          <select value={cardCode} onChange={(e) => reset(() => setCardCode(e.target.value))} data-testid="quality-card">
            {cards.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("quality.calls.agent")}</span>
          <select value={agentUserId} onChange={(e) => reset(() => setAgent(e.target.value))} data-testid="quality-agent">
            <option value="">{t("quality.calls.all")}</option>
            {(calls.data?.advisors ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("quality.calls.campaign")}</span>
          <select value={campaignId} onChange={(e) => reset(() => setCampaign(e.target.value))}>
            <option value="">{t("quality.calls.all")}</option>
            {(calls.data?.campaigns ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("quality.calls.from")}</span>
          <input type="date" value={from} onChange={(e) => reset(() => setFrom(e.target.value))} />
        </label>
        <label className="field">
          <span>{t("quality.calls.to")}</span>
          <input type="date" value={to} onChange={(e) => reset(() => setTo(e.target.value))} />
        </label>
      </div>
      {done ? (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      ) : null}
      {scoring && card ? (
        <ScoringForm
          key={`${scoring.id}-${card.code}`}
          card={card}
          call={scoring}
          onCancel={() => setScoring(null)}
          onDone={(score) => {
            setScoring(null);
            setDone(t("quality.score.saved", { agent: scoring.agentName, score: format.number(score) }));
            calls.reload();
          }}
        />
      ) : null}
      <ErrorAlert error={calls.error} />
      <DataTable
        label={t("quality.calls.title")}
        columns={columns}
        rows={calls.data?.items}
        total={calls.data?.total ?? 0}
        state={table}
        getRowId={(row) => row.id}
        isLoading={calls.isLoading}
        emptyText={t("quality.calls.empty")}
      />
    </section>
  );
}
