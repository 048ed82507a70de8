import { useTranslation } from "react-i18next";
import { AgentDesktop } from "../features/outbound/components/AgentDesktop";
import "../features/outbound/outbound.css";
import { useCurrentSession } from "../features/session/hooks/session-context";
import { usePageTitle } from "../ui/use-page-title";

/** The advisor's one-screen desktop for outbound premium care (seed 002). */
export function OutboundDesktopPage() {
  const { t } = useTranslation();
  usePageTitle(t("outbound.title"));
  const session = useCurrentSession();
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("outbound.title")}</h1>
      <AgentDesktop agentName={session.fullName} />
    </section>
  );
}
