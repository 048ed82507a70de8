import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { TableScroll } from "../../../ui/TableScroll";
import { type ApiToken, revokeToken } from "../api/tokens-api";

/** The user's tokens; active ones can be revoked. */
export function TokensTable({ tokens, onRevoked }: { tokens: ApiToken[]; onRevoked: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const revoke = useAsyncAction(async (token: ApiToken) => {
    if (!window.confirm(t("tokens.confirmRevoke", { name: token.name }))) return;
    await revokeToken(token.id);
    onRevoked();
  });
  if (tokens.length === 0) return <p className="empty">{t("tokens.empty")}</p>;
  return (
    <>
      <ErrorAlert error={revoke.error} />
      <TableScroll>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("tokens.name")}</th>
              <th scope="col">{t("tokens.createdAt")}</th>
              <th scope="col">{t("tokens.lastUsedAt")}</th>
              <th scope="col">{t("tokens.state")}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>{format.dateTime(token.createdAt)}</td>
                <td>{token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t("tokens.neverUsed")}</td>
                <td>
                  {token.revokedAt ? (
                    t("tokens.revokedOn", { date: format.dateTime(token.revokedAt) })
                  ) : (
                    <button
                      type="button"
                      className="button-danger"
                      disabled={revoke.isPending}
                      aria-label={t("tokens.revokeNamed", { name: token.name })}
                      onClick={() => void revoke.run(token)}
                    >
                      {t("tokens.revoke")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
