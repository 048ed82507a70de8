import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import type { MyFeedback } from "../api/adjustments-api";

/** The week's top agents by rejections, their causes, and whether each signed. */
export function FeedbackTable({ items }: { items: MyFeedback[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (items.length === 0) return <p>{t("adjustments.feedback.empty")}</p>;
  return (
    <table className="table" data-testid="adjustments-feedback">
      <thead>
        <tr>
          <th>{t("adjustments.feedback.rank")}</th>
          <th>{t("adjustments.agent")}</th>
          <th>{t("adjustments.feedback.rejections")}</th>
          <th>{t("adjustments.feedback.topCauses")}</th>
          <th>{t("adjustments.mine.commitment")}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>{item.rank}</td>
            <td>{item.agentName}</td>
            <td>{format.number(item.rejections)}</td>
            <td>{item.topCauses.join(", ")}</td>
            <td>
              {item.signedAt
                ? t("adjustments.feedback.signed", { date: format.dateTime(item.signedAt) })
                : t("adjustments.feedback.unsigned")}
              {item.commitment ? <div>{item.commitment}</div> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
