import { useTranslation } from "react-i18next";
import { useSession } from "../features/session/hooks/session-context";
import { LoginPage } from "../pages/LoginPage";
import { Loading } from "../ui/Loading";
import { AppRoutes } from "./AppRoutes";
import { AppShell } from "./AppShell";

/** Login until the server confirms a session; then the shell and the routes the user may see. */
export function App() {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.status === "loading") {
    return (
      <main className="centered" aria-label={t("app.name")}>
        <Loading />
      </main>
    );
  }
  if (state.status === "anonymous") return <LoginPage notice={state.notice} />;
  return (
    <AppShell>
      <AppRoutes />
    </AppShell>
  );
}
