import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { type SessionNotice, useSession } from "../hooks/session-context";

interface LoginFormProps {
  notice: SessionNotice;
}

/** Email and password; the server sets the session cookie and returns the user. */
export function LoginForm({ notice }: LoginFormProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = useAsyncAction(session.logIn);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void login.run({ email: email.trim(), password });
  }

  return (
    <form className="card login-form" onSubmit={submit}>
      <h1>{t("login.title")}</h1>
      {notice && !login.error ? (
        <p className="alert alert-warning" role="alert">
          {t(notice === "expired" ? "login.expired" : "login.ended")}
        </p>
      ) : null}
      <ErrorAlert error={login.error} />
      <label className="field">
        <span>{t("login.email")}</span>
        <input
          data-testid="login-email"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t("login.password")}</span>
        <input
          data-testid="login-password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      <button data-testid="login-submit" type="submit" className="button-primary" disabled={login.isPending}>
        {login.isPending ? t("login.submitting") : t("login.submit")}
      </button>
    </form>
  );
}
