import { useTranslation } from "react-i18next";
import { LoginForm } from "../features/session/components/LoginForm";
import type { SessionNotice } from "../features/session/hooks/session-context";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { usePageTitle } from "../ui/use-page-title";

export function LoginPage({ notice }: { notice: SessionNotice }) {
  const { t } = useTranslation();
  usePageTitle(t("login.title"));
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">{t("app.name")}</span>
        <div className="user-box">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="centered">
        <LoginForm notice={notice} />
      </main>
    </div>
  );
}
