import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormatters } from "../../../i18n/format";
import { enumLabel, labelOf } from "../../../i18n/labels";
import type { FollowUpItem, FollowUpScope } from "../api/followups-api";
import { FollowUpForm } from "./FollowUpForm";

/** A team's follow-ups: what the system measured about the product, and the form to record the outcome when due. */
export function Worklist({ items, scope, onDone }: { items: FollowUpItem[]; scope: FollowUpScope; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [openId, setOpenId] = useState<string | null>(null);
  if (items.length === 0) return <p className="empty">{t(`followUps.empty.${scope}`)}</p>;
  return (
    <ul className="stack worklist" data-testid={`worklist-${scope}`}>
      {items.map((item) => (
        <li key={item.id} className="order-card" data-testid="worklist-item" data-kind={item.kind}>
          <p>
            <strong>{enumLabel(t, "followUpKinds", item.kind)}</strong> · {labelOf(t, "roles", item.role)}
          </p>
          <p>
            <Link to={`/retencion/${item.customerId}`}>{item.customerName}</Link> ({item.customerCode}) ·{" "}
            {item.customerPhone ?? t("common.none")}
            {item.serviceNumber ? ` · ${item.serviceNumber}` : ""}
          </p>
          <p className="muted">
            {scope === "done" && item.doneAt
              ? t("followUps.doneOn", { date: format.dateTime(item.doneAt), name: item.doneByName ?? t("common.none") })
              : t("followUps.dueOn", { date: format.dateTime(item.dueAt) })}
          </p>
          {item.measured && scope !== "done" ? (
            <p data-testid="measured">
              {item.measured.stillCustomer ? t("followUps.stillCustomer") : t("followUps.notCustomer")} ·{" "}
              {item.measured.newClaimCodes.length > 0
                ? t("followUps.newClaims", { codes: item.measured.newClaimCodes.join(", ") })
                : t("followUps.noNewClaims")}
            </p>
          ) : null}
          {scope === "done" && item.outcome ? <FollowUpOutcome outcome={item.outcome} /> : null}
          {scope === "due" ? (
            openId === item.id ? (
              <FollowUpForm item={item} onDone={onDone} />
            ) : (
              <button type="button" className="button-primary" data-testid="follow-up-open" onClick={() => setOpenId(item.id)}>
                {t("followUps.record")}
              </button>
            )
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** What the team answered and the system measured, as questions and answers (never the stored JSON). */
function FollowUpOutcome({ outcome }: { outcome: Record<string, unknown> }) {
  const { t } = useTranslation();
  const shown = (value: unknown): string => {
    if (typeof value === "boolean") return enumLabel(t, "booleans", value);
    if (Array.isArray(value)) return value.length > 0 ? value.map(String).join(", ") : t("common.none");
    if (value === null || value === undefined || value === "") return t("common.none");
    return String(value);
  };
  return (
    <dl className="facts" data-testid="follow-up-outcome">
      {Object.entries(outcome).map(([key, value]) => (
        <div key={key}>
          <dt>{enumLabel(t, "followUpAnswers", key)}</dt>
          <dd>{shown(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
