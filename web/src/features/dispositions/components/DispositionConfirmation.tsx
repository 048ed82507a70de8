import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import type { CaseDetail } from "../api/cases-api";

/** What the last disposition did: the case finished with its closing instruction, or pending with its callback. */
export function DispositionConfirmation({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const live = detail.instructions.find((i) => i.status !== "superseded");
  return (
    <div className="alert alert-success" role="status" data-testid="disposition-confirmation">
      <p className="alert-title">{t("dispositions.saved", { state: detail.stateLabel, motive: detail.motiveLabel })}</p>
      {detail.status === "finished" && live ? (
        <p>{t("dispositions.savedFinal", { action: live.action, when: format.dateTime(live.dueAt) })}</p>
      ) : null}
      {detail.status === "pending" && detail.nextContactAt ? (
        <p>{t("dispositions.savedPending", { when: format.dateTime(detail.nextContactAt) })}</p>
      ) : null}
    </div>
  );
}
