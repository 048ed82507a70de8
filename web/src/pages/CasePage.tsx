import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { useApiQuery } from "../api/use-api-query";
import { useAsyncAction } from "../api/use-async-action";
import { takeCase, takeNextCase } from "../features/dispositions/api/cases-api";
import { AttemptForm } from "../features/dispositions/components/AttemptForm";
import { CaseHeader } from "../features/dispositions/components/CaseHeader";
import { CaseHistory } from "../features/dispositions/components/CaseHistory";
import { CustomerOnCall } from "../features/dispositions/components/CustomerOnCall";
import { DispositionConfirmation } from "../features/dispositions/components/DispositionConfirmation";
import { DispositionForm } from "../features/dispositions/components/DispositionForm";
import "../features/dispositions/dispositions.css";
import { usePermission } from "../features/session/hooks/session-context";
import { OpenTimelineButton } from "../features/timeline/components/OpenTimelineButton";
import { TimelinePanel } from "../features/timeline/components/TimelinePanel";
import { useTimelineToggle } from "../features/timeline/hooks/use-timeline-toggle";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

/** One case: its data, the contact attempts, the disposition (or its correction) and its history. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const canWork = usePermission("dispositions:work");
  const canReadCustomers = usePermission("customers:read");
  const navigate = useNavigate();
  const detail = useApiQuery("/api/complaint-cases/{id}", { path: { id } });
  const campaign = useApiQuery(detail.data ? "/api/campaigns/{campaign}" : null, {
    path: { campaign: detail.data?.campaign ?? "" },
  });
  const timeline = useTimelineToggle();
  const [justSaved, setJustSaved] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  usePageTitle(detail.data ? t("dispositions.caseTitle", { number: detail.data.complaintNumber }) : t("dispositions.myCases"));
  const take = useAsyncAction(async () => {
    const result = await takeCase(id, detail.data!.version);
    detail.reload();
    return result;
  });

  // After a final disposition the advisor goes straight to the next case of the campaign's pool.
  const [poolEmpty, setPoolEmpty] = useState(false);
  const next = useAsyncAction(async () => {
    const taken = await takeNextCase(detail.data!.campaign);
    setPoolEmpty(!taken.case);
    if (taken.case) {
      setJustSaved(false);
      navigate(`/casos/${taken.case.id}`);
    }
    return taken;
  });

  const data = detail.data;
  const saved = () => {
    setJustSaved(true);
    setCorrecting(false);
    detail.reload();
  };
  // An answered attempt sets no disposition; an unanswered one sets it automatically.
  const attempted = (outcome: "none" | "no_answer" | "hand_off") => {
    if (outcome === "none") {
      setJustSaved(false);
      detail.reload();
    } else saved();
  };
  return (
    <div className={timeline.isOpen ? "customer-page with-aside" : "customer-page"}>
      <div className="page-toolbar">
        <Link to="/casos">{t("dispositions.backToQueue")}</Link>
        {data ? <OpenTimelineButton toggle={timeline} /> : null}
      </div>
      <ErrorAlert error={detail.error ?? campaign.error} />
      {detail.isLoading && !data ? <Loading /> : null}
      {data ? (
        <>
          <div className="customer-main stack">
            <CaseHeader detail={data} />
            {justSaved ? <DispositionConfirmation detail={data} /> : null}
            {justSaved && canWork && data.status === "finished" ? (
              <div className="button-row">
                <button
                  type="button"
                  className="button-primary"
                  data-testid="next-case"
                  disabled={next.isPending}
                  onClick={() => void next.run()}
                >
                  {t("dispositions.nextCase")}
                </button>
                {poolEmpty ? <p className="muted">{t("dispositions.emptyQueueHint")}</p> : null}
                <ErrorAlert error={next.error} />
              </div>
            ) : null}
            {canWork && data.assignedTo === null && data.status !== "finished" ? (
              <div className="button-row">
                <button type="button" className="button-secondary" data-testid="take-case" onClick={() => void take.run()}>
                  {t("dispositions.takeCase")}
                </button>
                <ErrorAlert error={take.error} />
              </div>
            ) : null}
            {canWork ? <AttemptForm key={`attempt-${data.version}`} detail={data} onRecorded={attempted} /> : null}
            {canWork && campaign.data && data.status !== "finished" ? (
              <DispositionForm
                key={`new-${data.version}`}
                detail={data}
                campaign={campaign.data}
                correction={false}
                onDone={saved}
              />
            ) : null}
            {canWork && campaign.data && data.status === "finished" ? (
              data.refusals.correction ? (
                <p className="muted" data-testid="correction-refused">
                  {data.refusals.correction}
                </p>
              ) : correcting ? (
                <DispositionForm key={`fix-${data.version}`} detail={data} campaign={campaign.data} correction onDone={saved} />
              ) : (
                <div className="button-row">
                  <button
                    type="button"
                    className="button-secondary"
                    data-testid="start-correction"
                    onClick={() => setCorrecting(true)}
                  >
                    {t("dispositions.correct")}
                  </button>
                </div>
              )
            ) : null}
            {canReadCustomers ? <CustomerOnCall customerId={data.customerId} serviceNumber={data.serviceNumber} /> : null}
            <CaseHistory detail={data} />
          </div>
          {timeline.isOpen ? (
            <aside className="customer-aside">
              <TimelinePanel
                id={timeline.panelId}
                ref={timeline.panelRef}
                subject={{ kind: "subject", subjectType: "complaint_case", subjectId: data.id }}
                onClose={timeline.close}
              />
            </aside>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
