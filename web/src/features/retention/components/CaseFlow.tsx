import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { procedureStateLabel } from "../../../i18n/steps";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { type Customer360, retentionApi } from "../api/retention-api";
import { branchReason } from "../retention-texts";
import { OfferChoice } from "./OfferChoice";
import { OutcomeForm } from "./OutcomeForm";
import { StepsExplanation } from "./StepsExplanation";
import { XpressOrderForm } from "./XpressOrderForm";

/**
 * The advisor's call on one panel, without tabs: open the case (1) → check repeated damage (2) → the offer
 * of the branch (3–5, or 11–14) → the outcome. Each button is a step of the procedure; the panel below says
 * why each next step is or is not available.
 */
export function CaseFlow({ view, reload }: { view: Customer360; reload: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const productId = useId();
  const openCase = view.cases.find((c) => c.id === view.openCaseId) ?? null;
  const lastClosed = openCase ? null : (view.cases.find((c) => c.closedAt !== null) ?? null);
  const [cancelProduct, setCancelProduct] = useState("");
  // Each step runs, then the 360 reloads so the screen shows the new state and its next steps.
  const action = useAsyncAction(async (work: () => Promise<unknown>) => {
    await work();
    reload();
  });
  const run = (work: () => Promise<unknown>) => void action.run(work);
  const state = openCase?.state ?? "new";
  const allowed = new Set(view.explanation.steps.filter((s) => s.allowed).map((s) => s.step));
  const activeProducts = view.products.filter((p) => p.status === "active");
  const caseId = openCase?.id ?? "";

  return (
    <section className="card case-flow" aria-labelledby="case-flow-heading">
      <h2 id="case-flow-heading">{t("retention.flowTitle")}</h2>
      <p className="case-state" data-testid="case-state" data-state={state}>
        {openCase
          ? t("retention.caseState", { number: openCase.number, state: procedureStateLabel(t, "retention", openCase.state) })
          : t("retention.noOpenCase")}
      </p>
      {lastClosed ? (
        <p className="muted" data-testid="last-outcome">
          {t("retention.lastOutcome", {
            number: lastClosed.number,
            state: procedureStateLabel(t, "retention", lastClosed.state),
          })}
        </p>
      ) : null}
      <p
        className={view.explanation.branch.hasRepeatedDamage ? "alert alert-error" : "alert alert-success"}
        data-testid="branch-reason"
      >
        {branchReason(t, format, view.explanation.branch.why)}
      </p>
      <ErrorAlert error={action.error} />

      {state === "new" ? (
        <div className="stack">
          <div className="field inline-field">
            <label htmlFor={productId}>{t("retention.productToCancel")}</label>
            <select id={productId} value={cancelProduct} onChange={(event) => setCancelProduct(event.target.value)}>
              <option value="">{t("retention.wholeCustomer")}</option>
              {view.products.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.serviceNumber}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button-primary"
            disabled={!allowed.has("open") || action.isPending}
            data-testid="open-case"
            onClick={() => run(() => retentionApi.open(view.customer.id, cancelProduct || null))}
          >
            {t("retention.openCase")}
          </button>
        </div>
      ) : null}

      {state === "opened" ? (
        <button
          type="button"
          className="button-primary"
          disabled={!allowed.has("check_repeated_damage") || action.isPending}
          data-testid="check-damage"
          onClick={() => run(() => retentionApi.check(caseId))}
        >
          {t("retention.checkDamage")}
        </button>
      ) : null}

      {state === "repeated_damage" ? (
        <>
          <h3>{t("retention.negotiateTitle")}</h3>
          <OfferChoice
            offers={view.explanation.offers}
            types={["bill_waiver", "compensation"]}
            products={activeProducts}
            fixedProductId={openCase?.productId ?? null}
            actionLabel={t("retention.accepts")}
            isPending={action.isPending}
            onChoose={(code) => run(() => retentionApi.offer(caseId, code, null))}
          />
        </>
      ) : null}

      {state === "negotiated" || state === "compensation_offered" ? (
        <button
          type="button"
          className="button-primary"
          disabled={action.isPending}
          data-testid="file-claim"
          onClick={() => run(() => retentionApi.fileBillingClaim(caseId))}
        >
          {state === "negotiated" ? t("retention.fileBillWaiver") : t("retention.fileCompensation")}
        </button>
      ) : null}

      {state === "billing_claim_filed" ? (
        <XpressOrderForm
          draft={view.xpressObservationDraft}
          isPending={action.isPending}
          onSubmit={(observation) => run(() => retentionApi.createXpressOrder(caseId, observation))}
        />
      ) : null}

      {state === "request_analysis" ? (
        <>
          <h3>{t("retention.compensationTitle")}</h3>
          <OfferChoice
            offers={view.explanation.offers.filter((o) => o.branches.includes("request_analysis"))}
            types={["compensation"]}
            products={view.products}
            actionLabel={t("retention.accepts")}
            isPending={action.isPending}
            onChoose={(code, product) => run(() => retentionApi.offer(caseId, code, product))}
          />
          <h3>{t("retention.promotionsTitle")}</h3>
          <OfferChoice
            offers={view.explanation.offers}
            types={["promotion"]}
            products={view.products}
            actionLabel={t("retention.grant")}
            isPending={action.isPending}
            onChoose={(code, product) => run(() => retentionApi.grantPromotion(caseId, code, product!))}
          />
        </>
      ) : null}

      {openCase ? (
        <OutcomeForm
          canRetain={allowed.has("retain")}
          canCancel={view.explanation.steps.some((s) => s.step === "accept_cancellation")}
          reasons={view.cancellationReasons}
          isPending={action.isPending}
          onRetain={(note) => run(() => retentionApi.retain(caseId, note))}
          onCancel={(reason, note) => run(() => retentionApi.cancel(caseId, reason, note))}
        />
      ) : null}
      <StepsExplanation steps={view.explanation.steps} />
    </section>
  );
}
