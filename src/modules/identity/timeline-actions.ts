import { defineActions } from "../../platform/timeline/actions.js";

/** What the identity module writes to the timeline, with the labels the UI shows (web/src/i18n/*.json copy them). */
export const IDENTITY_ACTIONS = defineActions({
  login: { es: "Inicio de sesión", en: "Signed in" },
  logout: { es: "Cierre de sesión", en: "Signed out" },
  login_failed: { es: "Intento de ingreso fallido", en: "Failed sign-in attempt" },
  account_locked: { es: "Cuenta bloqueada", en: "Account locked" },
  user_created: { es: "Usuario creado", en: "User created" },
  user_updated: { es: "Usuario modificado", en: "User updated" },
  user_deactivated: { es: "Usuario desactivado", en: "User deactivated" },
  user_activated: { es: "Usuario reactivado", en: "User reactivated" },
  user_password_reset: { es: "Contraseña restablecida", en: "Password reset" },
  api_token_created: { es: "Token de API creado", en: "API token created" },
  api_token_revoked: { es: "Token de API revocado", en: "API token revoked" },
  team_created: { es: "Equipo creado", en: "Team created" },
});

declare module "../../platform/timeline/actions.js" {
  interface TimelineActionRegistry {
    identity: typeof IDENTITY_ACTIONS;
  }
}
