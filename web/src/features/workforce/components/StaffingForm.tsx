import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { planStaffing, type StaffingPlan, type StaffingQuestion } from "../api/staffing-api";

// The published example (next-procedures §4) as the starting point: 14 agents, 20 rostered.
const EXAMPLE: StaffingQuestion = {
  calls: 100,
  intervalMinutes: 30,
  handleTimeSeconds: 180,
  serviceLevelPercent: 80,
  answerWithinSeconds: 20,
  shrinkagePercent: 30,
  maxOccupancyPercent: 85,
};
const FIELDS = Object.keys(EXAMPLE) as (keyof StaffingQuestion)[];

/** The supervisor's Erlang C what-if: volume, handle time, service level and shrinkage → agents and roster. */
export function StaffingForm() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [question, setQuestion] = useState(EXAMPLE);
  const [plan, setPlan] = useState<StaffingPlan | null>(null);
  const ask = useAsyncAction(planStaffing);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPlan((await ask.run(question)) ?? null);
  }

  return (
    <form className="card form-grid" onSubmit={(event) => void submit(event)}>
      <ErrorAlert error={ask.error} />
      {FIELDS.map((field) => (
        <label className="field" key={field}>
          <span>{t(`workforce.staffing.fields.${field}`)}</span>
          <input
            type="number"
            min={0}
            step="any"
            required
            value={question[field]}
            onChange={(event) => setQuestion({ ...question, [field]: Number(event.target.value) })}
          />
        </label>
      ))}
      <button type="submit" disabled={ask.isPending}>
        {t("workforce.staffing.submit")}
      </button>
      {plan ? (
        <dl className="stack" data-testid="staffing-result">
          <dt>{t("workforce.staffing.agents")}</dt>
          <dd>{format.number(plan.agents)}</dd>
          <dt>{t("workforce.staffing.rostered")}</dt>
          <dd>{format.number(plan.rostered)}</dd>
          <dt>{t("workforce.staffing.traffic")}</dt>
          <dd>{format.number(plan.trafficErlangs, 2)}</dd>
          <dt>{t("workforce.staffing.serviceLevel")}</dt>
          <dd>{format.percent(plan.serviceLevel, 1)}</dd>
          <dt>{t("workforce.staffing.waitProbability")}</dt>
          <dd>{format.percent(plan.waitProbability, 1)}</dd>
          <dt>{t("workforce.staffing.averageSpeedOfAnswer")}</dt>
          <dd>{t("workforce.staffing.seconds", { value: format.number(plan.averageSpeedOfAnswerSeconds, 1) })}</dd>
          <dt>{t("workforce.staffing.occupancy")}</dt>
          <dd>{format.percent(plan.occupancy, 1)}</dd>
        </dl>
      ) : null}
    </form>
  );
}
