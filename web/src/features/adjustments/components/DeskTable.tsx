import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormatters } from "../../../i18n/format";
import type { DeskRow } from "../api/adjustments-api";

interface DeskTableProps {
  rows: DeskRow[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
}

/** A page of a cut's rows: PQR number, account, cause, agent, amounts and where each stands. */
export function DeskTable({ rows, selected, onToggle, onToggleAll }: DeskTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (rows.length === 0) return <p>{t("adjustments.empty")}</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="adjustments-desk">
        <thead>
          <tr>
            <th>
              <input
                type="checkbox"
                aria-label={t("adjustments.selectAll")}
                checked={rows.every((r) => selected.has(r.id))}
                onChange={onToggleAll}
              />
            </th>
            <th>{t("adjustments.filingNumber")}</th>
            <th>{t("adjustments.account")}</th>
            <th>{t("adjustments.cause")}</th>
            <th>{t("adjustments.agent")}</th>
            <th>{t("adjustments.requested")}</th>
            <th>{t("adjustments.applied")}</th>
            <th>{t("adjustments.status")}</th>
            <th>{t("adjustments.reescalations")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={`adjustment-row-${row.filingNumber}`}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${t("adjustments.select")} ${row.filingNumber}`}
                  checked={selected.has(row.id)}
                  onChange={() => onToggle(row.id)}
                />
              </td>
              <td>
                <Link to={`/ajustes/filas/${row.id}`}>{row.filingNumber}</Link>
              </td>
              <td>
                {row.account} · {row.customerName}
              </td>
              <td>{row.cause}</td>
              <td>{row.agentName}</td>
              <td>{format.money(row.requestedAmount, "COP")}</td>
              <td>{row.appliedAmount === null ? "—" : format.money(row.appliedAmount, "COP")}</td>
              <td data-testid="row-status">{t(`adjustments.statuses.${row.status}`)}</td>
              <td>{format.number(row.reescalations)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
