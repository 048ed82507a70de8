import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { labelOf } from "../../../i18n/labels";
import { stepLabel, stepReason } from "../../../i18n/steps";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { type RequestDetail, STEP_TEAMS, serviceRequestsApi } from "../api/servicerequests-api";

const DATA = ["address_reference", "nearest_box", "technical_data", "equipment"] as const;

/** One step of the procedure the actor may take: its observation, and for a ticket step the team and data asked for. */
export function StepForm({
  requestId,
  step,
  onDone,
}: {
  requestId: string;
  step: RequestDetail["nextSteps"][number];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const teams = STEP_TEAMS[step.step];
  const [team, setTeam] = useState(teams?.[0] ?? "");
  const [observation, setObservation] = useState("");
  const [data, setData] = useState<string[]>([]);
  const take = useAsyncAction(async () => {
    await serviceRequestsApi.step(requestId, step.step, {
      observation,
      team: (team || undefined) as "coc" | undefined,
      dataRequested: data.length ? data : undefined,
    });
    setObservation("");
    onDone();
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void take.run();
  }
  return (
    <form className="card form-grid step-form" onSubmit={submit} data-testid={`step-${step.step}`}>
      <strong>
        {stepLabel(t, step)} <span className="muted">({t("serviceRequests.seedStep", { step: step.seedStep })})</span>
      </strong>
      {step.allowed ? null : <p className="muted">{stepReason(t, i18n.language, step)}</p>}
      <label className="field">
        {t("serviceRequests.observation")}
        <textarea required value={observation} onChange={(e) => setObservation(e.target.value)} disabled={!step.allowed} />
      </label>
      {teams ? (
        <label className="field">
          {t("serviceRequests.routeTo")}
          <select value={team} onChange={(e) => setTeam(e.target.value)} disabled={!step.allowed}>
            {teams.map((code) => (
              <option key={code} value={code}>
                {labelOf(t, "serviceRequests.teams", code)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {teams ? (
        <fieldset className="checkbox-group">
          <legend>{t("serviceRequests.dataRequested")}</legend>
          {DATA.map((code) => (
            <label key={code} className="checkbox">
              <input
                type="checkbox"
                checked={data.includes(code)}
                disabled={!step.allowed}
                onChange={() => setData((d) => (d.includes(code) ? d.filter((c) => c !== code) : [...d, code]))}
              />
              {labelOf(t, "serviceRequests.data", code)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <ErrorAlert error={take.error} />
      <button type="submit" className="button-primary" disabled={!step.allowed || take.isPending}>
        {t("serviceRequests.take")}
      </button>
    </form>
  );
}
