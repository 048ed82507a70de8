import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { CreateTokenForm } from "../features/tokens/components/CreateTokenForm";
import { TokensTable } from "../features/tokens/components/TokensTable";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

export function TokensPage() {
  const { t } = useTranslation();
  usePageTitle(t("tokens.title"));
  const tokens = useApiQuery("/api/tokens");
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("tokens.title")}</h1>
      <p>{t("tokens.intro")}</p>
      <CreateTokenForm onCreated={tokens.reload} />
      <section className="card" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t("tokens.listTitle")}</h2>
        <ErrorAlert error={tokens.error} />
        {tokens.isLoading && !tokens.data ? <Loading /> : null}
        {tokens.data ? <TokensTable tokens={tokens.data} onRevoked={tokens.reload} /> : null}
      </section>
    </section>
  );
}
