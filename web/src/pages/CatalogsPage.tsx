import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import { CatalogEditor } from "../features/catalogs/components/CatalogEditor";
import { CatalogList } from "../features/catalogs/components/CatalogList";
import { usePermission } from "../features/session/hooks/session-context";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";

export function CatalogsPage() {
  const { t } = useTranslation();
  usePageTitle(t("catalogs.title"));
  const canEdit = usePermission("catalogs:manage");
  const catalogs = useApiQuery("/api/catalogs");
  const [selected, setSelected] = useState<{ kind: string; scope: string } | null>(null);

  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("catalogs.title")}</h1>
      <p className="muted">{t("catalogs.intro")}</p>
      <ErrorAlert error={catalogs.error} />
      <section className="card" aria-labelledby="catalogs-heading">
        <h2 id="catalogs-heading">{t("catalogs.listTitle")}</h2>
        {catalogs.isLoading && !catalogs.data ? <Loading /> : null}
        {catalogs.data ? (
          <CatalogList catalogs={catalogs.data} selected={selected} onSelect={(kind, scope) => setSelected({ kind, scope })} />
        ) : null}
      </section>
      {selected ? (
        <CatalogEditor
          key={`${selected.kind}/${selected.scope}`}
          kind={selected.kind}
          scope={selected.scope}
          canEdit={canEdit}
          onPublished={catalogs.reload}
        />
      ) : null}
    </section>
  );
}
