import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { DeadlineAlerts } from "../features/deadlines/components/DeadlineAlerts";
import { useCurrentSession, useSession } from "../features/session/hooks/session-context";
import { useTenantFormat } from "../features/tenants/hooks/use-tenant-format";
import { labelOf } from "../i18n/labels";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { allowedNavItems } from "./nav-items";

const NAV_ID = "main-nav";

/** Header (product, user, roles, language, logout), permission-filtered navigation and the page. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { logOut } = useSession();
  const session = useCurrentSession();
  const [isMenuOpen, setMenuOpen] = useState(false);
  useTenantFormat();
  const navItems = allowedNavItems(session.permissions, session.roles);
  const roles = session.roles.map((role) => labelOf(t, "roles", role)).join(", ");

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <header className={isMenuOpen ? "app-header is-menu-open" : "app-header"}>
        <span className="brand">{t("app.name")}</span>
        <button
          type="button"
          className="menu-button"
          aria-expanded={isMenuOpen}
          aria-controls={NAV_ID}
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t("shell.menu")}
        </button>
        <div className="user-box">
          <span className="user-name">{session.fullName}</span>
          <span className="user-roles">{roles}</span>
          <LanguageSwitch />
          <button type="button" data-testid="logout" className="button-secondary" onClick={() => void logOut()}>
            {t("shell.logout")}
          </button>
        </div>
      </header>
      <div className="layout">
        <nav id={NAV_ID} className={isMenuOpen ? "main-nav is-open" : "main-nav"} aria-label={t("shell.navigation")}>
          <ul>
            {navItems.map((item) => (
              <li key={item.path}>
                <NavLink to={item.path} data-testid={item.testId} onClick={() => setMenuOpen(false)}>
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      {session.permissions.includes("deadlines:read") ? <DeadlineAlerts /> : null}
    </div>
  );
}
