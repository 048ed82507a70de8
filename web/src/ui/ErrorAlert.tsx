import { useTranslation } from "react-i18next";
import { ApiError, NETWORK_ERROR } from "../api/client";

interface ErrorAlertProps {
  error: unknown;
  /** False when the page lists the problem's row errors itself (an import's error table). */
  showItems?: boolean;
}

/** A failed request, as the server described it (title and detail come in Spanish), announced to screen readers. */
export function ErrorAlert({ error, showItems = true }: ErrorAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!(error instanceof ApiError)) {
    return (
      <div className="alert alert-error" role="alert">
        <p className="alert-title">{t("errors.unexpected")}</p>
      </div>
    );
  }
  const { title, detail, errors } = error.problem;
  const heading = error.code === NETWORK_ERROR ? t("errors.network") : title || t("errors.unexpected");
  const items = (showItems ? (errors ?? []) : []).filter((item) => item.message !== detail);
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{heading}</p>
      {detail && detail !== title ? <p>{detail}</p> : null}
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={`${item.row ?? ""}:${item.field ?? ""}:${item.message}`}>{item.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
