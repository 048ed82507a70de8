import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormatters } from "../../../i18n/format";
import type { CaseSummary } from "../api/cases-api";
import { CaseStatusBadge } from "./CaseStatusBadge";

interface CasesTableProps {
  cases: CaseSummary[];
  /** Checkboxes to pick cases (the supervisor's assignment). */
  selected?: Set<string>;
  onToggle?: (id: string) => void;
  showAssignee?: boolean;
}

/** Cases of a campaign, most urgent first, each a link to its page. */
export function CasesTable({ cases, selected, onToggle, showAssignee = false }: CasesTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (cases.length === 0) return <p className="empty">{t("dispositions.noCases")}</p>;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            {onToggle ? <th scope="col">{t("dispositions.pick")}</th> : null}
            <th scope="col">{t("dispositions.complaint")}</th>
            <th scope="col">{t("dispositions.customer")}</th>
            <th scope="col">{t("dispositions.serviceNumber")}</th>
            <th scope="col">{t("dispositions.status")}</th>
            <th scope="col">{t("dispositions.disposition")}</th>
            <th scope="col">{t("dispositions.attempts")}</th>
            <th scope="col">{t("dispositions.nextContact")}</th>
            {showAssignee ? <th scope="col">{t("dispositions.assignee")}</th> : null}
            <th scope="col">{t("dispositions.receivedAt")}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((item) => (
            <tr key={item.id} data-testid="case-row">
              {onToggle ? (
                <td>
                  <input
                    type="checkbox"
                    aria-label={t("dispositions.pickCase", { number: item.complaintNumber })}
                    checked={selected?.has(item.id) ?? false}
                    onChange={() => onToggle(item.id)}
                  />
                </td>
              ) : null}
              <td>
                <Link to={`/casos/${item.id}`}>{item.complaintNumber}</Link>
              </td>
              <td>{item.customerName}</td>
              <td>{item.serviceNumber}</td>
              <td>
                <CaseStatusBadge item={item} />
              </td>
              <td>{item.stateLabel ? `${item.stateLabel} / ${item.motiveLabel}` : "—"}</td>
              <td className="numeric">{item.attempts}</td>
              <td>{item.nextContactAt ? format.dateTime(item.nextContactAt) : "—"}</td>
              {showAssignee ? <td>{item.assigneeName ?? t("dispositions.pool")}</td> : null}
              <td>{format.dateTime(item.receivedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
