import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
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
            <strong>{item.label}</strong> · {labelOf(t, "roles", item.role)}
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
          {scope === "done" && item.outcome ? <pre className="json-view">{JSON.stringify(item.outcome, null, 2)}</pre> : null}
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
