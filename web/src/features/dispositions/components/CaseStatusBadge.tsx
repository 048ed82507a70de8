import { useTranslation } from "react-i18next";
import type { CaseSummary } from "../api/cases-api";

/** Open, pending or finished (and handed to another queue), by word and color. */
export function CaseStatusBadge({ item }: { item: Pick<CaseSummary, "status" | "queue" | "queueLabel"> }) {
  const { t } = useTranslation();
  return (
    <span className={`badge case-${item.status}`} data-testid="case-status" data-status={item.status}>
      {t(`dispositions.statuses.${item.status}`)}
      {item.queue !== "campaign" ? ` · ${t("dispositions.handedTo", { queue: item.queueLabel ?? item.queue })}` : ""}
    </span>
  );
}
