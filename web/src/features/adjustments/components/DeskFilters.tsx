import { useTranslation } from "react-i18next";
import type { DeskRow } from "../api/adjustments-api";

export const ROW_STATUSES = [
  "received",
  "escalated_pqr",
  "sent_to_backoffice",
  "rejected",
  "rejected_rightly",
  "approved",
  "informed",
  "appealed",
] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

export interface DeskFilter {
  status?: RowStatus;
  cause?: string;
  agent?: string;
}

interface DeskFiltersProps {
  filter: DeskFilter;
  causes: Array<{ code: string; name: string }>;
  agents: Array<Pick<DeskRow, "agentUserId" | "agentName">>;
  onChange: (filter: DeskFilter) => void;
}

/** Filters of the desk: status, cause and agent. */
export function DeskFilters({ filter, causes, agents, onChange }: DeskFiltersProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="button-row">
      <legend>{t("adjustments.filters")}</legend>
      <label>
        {t("adjustments.status")}
        <select
          value={filter.status ?? ""}
          onChange={(e) => onChange({ ...filter, status: (e.target.value || undefined) as RowStatus | undefined })}
        >
          <option value="">{t("adjustments.all")}</option>
          {ROW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`adjustments.statuses.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("adjustments.cause")}
        <select value={filter.cause ?? ""} onChange={(e) => onChange({ ...filter, cause: e.target.value || undefined })}>
          <option value="">{t("adjustments.all")}</option>
          {causes.map((cause) => (
            <option key={cause.code} value={cause.code}>
              {cause.code}. {cause.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("adjustments.agent")}
        <select value={filter.agent ?? ""} onChange={(e) => onChange({ ...filter, agent: e.target.value || undefined })}>
          <option value="">{t("adjustments.all")}</option>
          {agents.map((agent) => (
            <option key={agent.agentUserId} value={agent.agentUserId}>
              {agent.agentName}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
