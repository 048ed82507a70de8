import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useServerEvent } from "../api/server-events";
import { useApiQuery } from "../api/use-api-query";
import type { FollowUpScope } from "../features/followups/api/followups-api";
import { Worklist } from "../features/followups/components/Worklist";
import "../features/retention/retention.css";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

const SCOPES: FollowUpScope[] = ["due", "upcoming", "done"];

/** The follow-ups of the user's team: quality control (2 days), repeated-damage check (30 days), promotions ending. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  usePageTitle(t("followUps.title"));
  const [scope, setScope] = useState<FollowUpScope>("due");
  const items = useApiQuery("/api/follow-ups", { query: { scope } });
  // A follow-up's due timer fired: it has just joined some team's worklist, maybe this one.
  useServerEvent("follow_up.due", items.reload);
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("followUps.title")}</h1>
      <fieldset className="button-row">
        <legend className="visually-hidden">{t("followUps.scopes")}</legend>
        {SCOPES.map((code) => (
          <button
            key={code}
            type="button"
            className={code === scope ? "button-primary" : "button-secondary"}
            aria-pressed={code === scope}
            data-testid={`scope-${code}`}
            onClick={() => setScope(code)}
          >
            {t(`followUps.scope.${code}`)}
          </button>
        ))}
      </fieldset>
      <ErrorAlert error={items.error} />
      {items.isLoading && !items.data ? <Loading /> : null}
      {items.data ? <Worklist items={items.data} scope={scope} onDone={items.reload} /> : null}
    </section>
  );
}
