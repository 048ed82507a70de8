import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useServerEvent } from "../../../api/server-events";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import { type AgentDesktopView, type CompleteCallBody, outboundApi } from "../api/outbound-api";
import { playIncomingTone } from "./incoming-alert";
import { PqrFromCall } from "./PqrFromCall";
import { PreviewRecords } from "./PreviewRecords";
import { VisitBooking } from "./VisitBooking";

/** The catalog's disposition for a PQR filed on the call, chosen for the advisor when they file one here. */
const PQR_FILED = "pqr-radicada";

type Desktop = AgentDesktopView;
type CallRecord = NonNullable<Desktop["record"]>;

/** Seed 002 on one screen: state, incoming-call alert, customer, what the list says, guided support, offers, disposition and closure. */
export function AgentDesktop({ agentName }: { agentName: string }) {
  const { t } = useTranslation();
  const desktop = useApiQuery("/api/outbound/agent");
  const [alerted, setAlerted] = useState<string | null>(null);
  useServerEvent("outbound.call_offered", (data) => {
    const offered = data as { callId: string; customerName: string | null };
    playIncomingTone();
    setAlerted(offered.customerName ?? "");
    desktop.reload();
  });
  useServerEvent("outbound.agent_changed", desktop.reload);
  const view = desktop.data;
  useEffect(() => {
    if (!view?.call) setAlerted(null);
  }, [view?.call]);

  if (desktop.isLoading && !view) return <Loading />;
  if (!view) return <ErrorAlert error={desktop.error} />;
  return (
    <div className="outbound-desktop stack">
      <ErrorAlert error={desktop.error} />
      <StateBar view={view} onChange={desktop.reload} />
      {alerted !== null && view.call ? (
        <div className="alert alert-success outbound-alert" role="alert" data-testid="incoming-call">
          <p className="alert-title">{t("outbound.incoming", { name: alerted })}</p>
          <p>{t("outbound.incomingHint")}</p>
        </div>
      ) : null}
      {view.call && view.record ? (
        <CallWorkspace key={view.call.id} view={view} record={view.record} agentName={agentName} onDone={desktop.reload} />
      ) : (
        <p className="empty" data-testid="desktop-waiting">
          {view.agent && view.agent.state !== "offline" ? t("outbound.waiting") : t("outbound.notLogged")}
        </p>
      )}
      {showPreview(view) ? <PreviewRecords canDial={view.agent?.state === "ready"} onDialled={desktop.reload} /> : null}
      <Callbacks view={view} />
    </div>
  );
}

/** The records to dial by hand: in a preview campaign, or when the advisor has callbacks in any campaign. */
function showPreview(view: Desktop): boolean {
  if (!view.agent || view.agent.state === "offline" || view.call) return false;
  const campaign = view.campaigns.find((c) => c.id === view.agent!.campaignId);
  return campaign?.pacingMode === "preview" || view.callbacks.length > 0;
}

function StateBar({ view, onChange }: { view: Desktop; onChange: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [campaignId, setCampaignId] = useState(view.agent?.campaignId ?? view.campaigns[0]?.id ?? "");
  const [reason, setReason] = useState(view.pauseReasons[0]?.code ?? "");
  const action = useAsyncAction(async (state: "ready" | "paused" | "offline") => {
    await outboundApi.setState({ campaignId, state, pauseReason: state === "paused" ? reason : null });
    onChange();
  });
  const state = view.agent?.state ?? "offline";
  const busy = state === "on_call" || state === "wrap_up";
  return (
    <section className="card outbound-state" aria-label={t("outbound.campaign")}>
      <p>
        <strong data-testid="agent-state" className={`badge outbound-state-${state}`}>
          {t(`outbound.state.${state}`)}
        </strong>{" "}
        {view.agent ? t("outbound.since", { time: format.dateTime(view.agent.stateSince) }) : null}
      </p>
      <label>
        {t("outbound.campaign")}
        <select value={campaignId} disabled={busy} onChange={(e) => setCampaignId(e.target.value)} data-testid="campaign-select">
          <option value="">{t("outbound.chooseCampaign")}</option>
          {view.campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button-primary"
          disabled={busy || !campaignId || action.isPending}
          onClick={() => action.run("ready")}
          data-testid="go-ready"
        >
          {t("outbound.goReady")}
        </button>
        <label>
          {t("outbound.pauseReason")}
          <select value={reason} onChange={(e) => setReason(e.target.value)}>
            {view.pauseReasons.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button-secondary" disabled={busy || !campaignId} onClick={() => action.run("paused")}>
          {t("outbound.pause")}
        </button>
        <button type="button" className="button-secondary" disabled={busy || !campaignId} onClick={() => action.run("offline")}>
          {t("outbound.logOut")}
        </button>
      </div>
      <ErrorAlert error={action.error} />
    </section>
  );
}

function CallWorkspace({
  view,
  record,
  agentName,
  onDone,
}: {
  view: Desktop;
  record: CallRecord;
  agentName: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const call = view.call!;
  const customer = useApiQuery("/api/customers/{id}", { path: { id: record.customerId } });
  const [support, setSupport] = useState<Record<string, Record<string, string>>>({});
  const [guideCode, setGuideCode] = useState(view.guides.guides[0]?.code ?? "");
  const staged = [t("outbound.currentBenefits"), ...record.offers];
  const [offers, setOffers] = useState<Record<string, boolean>>({});
  const [form, setForm] = useState({
    dispositionCode: "",
    resolution: "first_contact" as "first_contact" | "case",
    caseNumber: "",
    notes: "",
    closure: "closed" as "closed" | "follow_up",
    followUpArea: "support" as NonNullable<CompleteCallBody["followUpArea"]>,
    callbackAt: "",
    next: "ready" as "ready" | "paused",
  });
  const hangUp = useAsyncAction(async () => {
    await outboundApi.hangUp(call.id);
    onDone();
  });
  const save = useAsyncAction(async () => {
    await outboundApi.complete(call.id, {
      dispositionCode: form.dispositionCode,
      resolution: form.resolution,
      caseNumber: form.resolution === "case" ? form.caseNumber : null,
      notes: form.notes,
      support: Object.entries(support).flatMap(([guide, answers]) =>
        Object.entries(answers).map(([step, answer]) => ({ guide, step, answer })),
      ),
      offers: Object.entries(offers).map(([offer, accepted]) => ({ offer, accepted })),
      closure: form.closure,
      followUpArea: form.closure === "follow_up" ? form.followUpArea : null,
      callbackAt: form.closure === "follow_up" && form.callbackAt ? new Date(form.callbackAt).toISOString() : null,
      next: form.next,
      pauseReason: form.next === "paused" ? (view.pauseReasons[0]?.code ?? null) : null,
    });
    onDone();
  });
  // The record's list type's tree, flattened for lookups by code (the select shows it grouped).
  const offered = view.dispositionTree.flatMap((g) => g.dispositions);
  const guide = view.guides.guides.find((g) => g.code === guideCode);
  const escalationName = (code: string) => view.guides.escalations.find((e) => e.code === code)?.name ?? code;
  const c = customer.data;

  return (
    <div className="outbound-grid">
      <section className="card" aria-labelledby="customer-heading" data-testid="desktop-customer">
        <h2 id="customer-heading">{t("outbound.customer")}</h2>
        <p className="outbound-greeting">{t("outbound.greeting", { name: record.customerName, agent: agentName })}</p>
        <dl className="facts">
          <dt>{t("outbound.customer")}</dt>
          <dd>{record.customerName}</dd>
          <dt>{t("outbound.code")}</dt>
          <dd>{record.customerCode}</dd>
          <dt>{t("outbound.phone")}</dt>
          <dd>{call.phone}</dd>
        </dl>
        {c?.isDelinquent ? <p className="badge badge-warning">{t("outbound.delinquent")}</p> : null}
        {c ? (
          <>
            <h3>{t("outbound.products")}</h3>
            <ul>
              {c.products.map((p) => (
                <li key={p.id}>
                  {labelOf(t, "productKinds", p.kind)} · {p.plan} · {labelOf(t, "technologies", p.technology)}
                </li>
              ))}
            </ul>
            <h3>{t("outbound.claims")}</h3>
            {c.claims.length === 0 ? <p>{t("outbound.noClaims")}</p> : null}
            <ul>
              {c.claims.map((claim) => (
                <li key={claim.id}>
                  {format.date(claim.openedAt)} · {claim.description}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <Link to={`/clientes/${record.customerId}`}>{t("outbound.openCustomer")}</Link>
        <div className="button-row">
          {call.status === "bridged" ? (
            <button type="button" className="button-secondary" onClick={() => hangUp.run()} data-testid="hang-up">
              {t("outbound.hangUp")}
            </button>
          ) : null}
        </div>
        <ErrorAlert error={hangUp.error} />
      </section>

      <section className="card" aria-labelledby="list-heading" data-testid="desktop-list">
        <h2 id="list-heading">{t("outbound.list")}</h2>
        <dl className="facts">
          <dt>{t("outbound.listType")}</dt>
          <dd>{record.listTypeName}</dd>
          <dt>{t("outbound.reason")}</dt>
          <dd>{record.reason || record.listTypeDescription}</dd>
          {record.validUntil ? (
            <>
              <dt>{t("outbound.validity")}</dt>
              <dd>
                {record.validFrom ? format.date(record.validFrom) : ""} – {format.date(record.validUntil)}
              </dd>
            </>
          ) : null}
        </dl>
        <h3>{t("outbound.offers")}</h3>
        <p className="hint">{t("outbound.offersHint")}</p>
        <ol>
          {staged.map((offer) => (
            <li key={offer}>
              {offer}{" "}
              <button
                type="button"
                className={offers[offer] === true ? "button-primary" : "button-secondary"}
                aria-pressed={offers[offer] === true}
                onClick={() => setOffers({ ...offers, [offer]: true })}
              >
                {t("outbound.accepted")}
              </button>{" "}
              <button
                type="button"
                className={offers[offer] === false ? "button-primary" : "button-secondary"}
                aria-pressed={offers[offer] === false}
                onClick={() => setOffers({ ...offers, [offer]: false })}
              >
                {t("outbound.declined")}
              </button>
            </li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="support-heading">
        <h2 id="support-heading">{t("outbound.support")}</h2>
        <label>
          {t("outbound.guide")}
          <select value={guideCode} onChange={(e) => setGuideCode(e.target.value)}>
            {view.guides.guides.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        {guide ? (
          <ol>
            {guide.steps.map((step) => {
              const answer = support[guide.code]?.[step.code];
              const route = answer ? step.escalateOn?.[answer] : undefined;
              return (
                <li key={step.code}>
                  <p>{step.question}</p>
                  <div className="button-row">
                    {step.options.map((option) => (
                      <button
                        key={option}
                        type="button"
                        className={answer === option ? "button-primary" : "button-secondary"}
                        aria-pressed={answer === option}
                        onClick={() => setSupport({ ...support, [guide.code]: { ...support[guide.code], [step.code]: option } })}
                      >
                        {option}
                      </button>
                    ))}
                  </div>
                  {route ? (
                    <p className="badge badge-warning">{t("outbound.escalation", { route: escalationName(route) })}</p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        ) : null}
      </section>

      <VisitBooking key={c?.city ?? ""} callId={call.id} defaultZone={c?.city ?? ""} />

      <PqrFromCall
        callId={call.id}
        customerId={record.customerId}
        onFiled={(cun) =>
          setForm((current) => ({
            ...current,
            resolution: "case",
            caseNumber: cun,
            dispositionCode: offered.some((d) => d.code === PQR_FILED) ? PQR_FILED : current.dispositionCode,
          }))
        }
      />

      <section className="card" aria-labelledby="disposition-heading">
        <h2 id="disposition-heading">{t("outbound.disposition")}</h2>
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void save.run();
          }}
        >
          <label>
            {t("outbound.disposition")}
            <select
              required
              value={form.dispositionCode}
              onChange={(e) => {
                const chosen = offered.find((d) => d.code === e.target.value);
                setForm({
                  ...form,
                  dispositionCode: e.target.value,
                  resolution: chosen?.resolution === "case" ? "case" : "first_contact",
                });
              }}
              data-testid="disposition-select"
            >
              <option value="">{t("outbound.chooseDisposition")}</option>
              {view.dispositionTree.map((group) => (
                <optgroup key={group.code} label={group.name}>
                  {group.dispositions.map((d) => (
                    <option key={d.code} value={d.code}>
                      {d.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>{t("outbound.resolution")}</legend>
            <label>
              <input
                type="radio"
                checked={form.resolution === "first_contact"}
                onChange={() => setForm({ ...form, resolution: "first_contact" })}
              />
              {t("outbound.firstContact")}
            </label>
            <label>
              <input
                type="radio"
                checked={form.resolution === "case"}
                onChange={() => setForm({ ...form, resolution: "case" })}
              />
              {t("outbound.case")}
            </label>
            {form.resolution === "case" ? (
              <label>
                {t("outbound.caseNumber")}
                <input
                  value={form.caseNumber}
                  onChange={(e) => setForm({ ...form, caseNumber: e.target.value })}
                  data-testid="case-number"
                />
              </label>
            ) : null}
          </fieldset>
          <label>
            {t("outbound.notes")}
            <textarea
              required
              rows={4}
              value={form.notes}
              onChange={(e) => setForm({ ...form, notes: e.target.value })}
              data-testid="notes"
            />
          </label>
          <fieldset>
            <legend>{t("outbound.closure")}</legend>
            <label>
              <input type="radio" checked={form.closure === "closed"} onChange={() => setForm({ ...form, closure: "closed" })} />
              {t("outbound.closed")}
            </label>
            <label>
              <input
                type="radio"
                checked={form.closure === "follow_up"}
                onChange={() => setForm({ ...form, closure: "follow_up" })}
              />
              {t("outbound.followUp")}
            </label>
            {form.closure === "follow_up" ? (
              <>
                <label>
                  {t("outbound.followUpArea")}
                  <select
                    value={form.followUpArea}
                    onChange={(e) => setForm({ ...form, followUpArea: e.target.value as typeof form.followUpArea })}
                  >
                    {(["support", "visits", "pqr", "escalations"] as const).map((area) => (
                      <option key={area} value={area}>
                        {t(`outbound.area.${area}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t("outbound.callbackAt")}
                  <input
                    type="datetime-local"
                    required
                    value={form.callbackAt}
                    onChange={(e) => setForm({ ...form, callbackAt: e.target.value })}
                  />
                </label>
              </>
            ) : null}
          </fieldset>
          <fieldset>
            <legend>{t("outbound.next")}</legend>
            <label>
              <input type="radio" checked={form.next === "ready"} onChange={() => setForm({ ...form, next: "ready" })} />
              {t("outbound.nextReady")}
            </label>
            <label>
              <input type="radio" checked={form.next === "paused"} onChange={() => setForm({ ...form, next: "paused" })} />
              {t("outbound.nextPause")}
            </label>
          </fieldset>
          <ErrorAlert error={save.error} />
          <button type="submit" className="button-primary" disabled={save.isPending} data-testid="save-disposition">
            {t("outbound.save")}
          </button>
        </form>
      </section>
    </div>
  );
}

function Callbacks({ view }: { view: Desktop }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section className="card" aria-labelledby="callbacks-heading">
      <h2 id="callbacks-heading">{t("outbound.callbacks")}</h2>
      {view.callbacks.length === 0 ? <p className="empty">{t("outbound.noCallbacks")}</p> : null}
      <ul>
        {view.callbacks.map((c) => (
          <li key={c.recordId}>
            {format.dateTime(c.callbackAt)} · <Link to={`/clientes/${c.customerId}`}>{c.customerName}</Link> ·{" "}
            {labelOf(t, "outbound.listTypes", c.listType)}
          </li>
        ))}
      </ul>
    </section>
  );
}
