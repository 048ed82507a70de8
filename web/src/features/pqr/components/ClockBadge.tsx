import { useTranslation } from "react-i18next";
import { labelOf } from "../../../i18n/labels";
import type { PqrItem } from "../api/pqr-api";

const CLASS: Record<PqrItem["clockStatus"], string> = {
  on_time: "badge phase-on_time",
  at_risk: "badge badge-warning",
  past_due: "badge badge-danger",
  stopped: "badge",
};

/** Where a PQR's clock stands: on time, at risk, overdue (silence), or stopped. */
export function ClockBadge({ status }: { status: PqrItem["clockStatus"] }) {
  const { t } = useTranslation();
  return (
    <span className={CLASS[status]} data-testid="pqr-clock">
      {labelOf(t, "pqr.clockStatuses", status)}
    </span>
  );
}
