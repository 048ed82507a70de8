import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { enumLabel } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import { type CatalogContent, publishCatalog } from "../api/catalogs-api";
import { CatalogVersions } from "./CatalogVersions";
import { CatalogForm } from "./schema-form/CatalogForm";
import type { JsonSchema } from "./schema-form/schema";

interface CatalogEditorProps {
  kind: string;
  scope: string;
  canEdit: boolean;
  onPublished: () => void;
}

/**
 * The document of one catalog as a form drawn from its kind's schema, checked by the server against
 * that schema and the kind's rules on publication (each problem shown beside its field). Older
 * versions open in the same form, read-only.
 */
export function CatalogEditor({ kind, scope, canEdit, onPublished }: CatalogEditorProps) {
  const { t } = useTranslation();
  const [viewing, setViewing] = useState<number | null>(null);
  const current = useApiQuery("/api/catalogs/{kind}/{scope}", { path: { kind, scope } });
  const shown = useApiQuery(viewing === null ? null : "/api/catalogs/{kind}/{scope}", {
    path: { kind, scope },
    query: { version: viewing ?? undefined },
  });
  const versions = useApiQuery("/api/catalogs/{kind}/{scope}/versions", { path: { kind, scope } });
  const kinds = useApiQuery("/api/catalog-kinds");
  const schema = kinds.data?.find((candidate) => candidate.code === kind)?.schema as JsonSchema | undefined;
  const [draft, setDraft] = useState<unknown>(null);
  const [note, setNote] = useState("");
  const [published, setPublished] = useState<number | null>(null);

  useEffect(() => {
    if (current.data) setDraft(structuredClone(current.data.content));
  }, [current.data]);

  // The server checks the document against its kind's schema and rules; the form only shapes it.
  const publish = useAsyncAction(async (content: CatalogContent) => {
    const result = await publishCatalog(kind, scope, {
      content,
      note: note.trim() || null,
      basedOnVersion: current.data?.version ?? 0,
    });
    setPublished(result.version);
    setNote("");
    setViewing(null);
    current.reload();
    versions.reload();
    onPublished();
    return result;
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPublished(null);
    void publish.run(draft as CatalogContent);
  }

  // The problems named by field go beside the fields; anything else (a conflict) stays an alert.
  const fieldProblems = publish.error instanceof ApiError ? (publish.error.problem.errors ?? []) : [];
  if ((current.isLoading && !current.data) || (kinds.isLoading && !kinds.data)) return <Loading />;
  const isOld = viewing !== null && viewing !== current.data?.version;
  return (
    <section className="card catalog-editor" aria-labelledby="catalog-editor-heading">
      <h2 id="catalog-editor-heading">
        {current.data?.kindName ?? kind} · {enumLabel(t, "catalogScopes", scope)}
      </h2>
      <ErrorAlert error={current.error ?? versions.error ?? shown.error ?? kinds.error} />
      <div className="catalog-editor-layout">
        {isOld ? (
          <div className="stack">
            <p className="alert alert-warning" role="status">
              {t("catalogs.viewingOld", { version: viewing })}
            </p>
            <div data-testid="catalog-old-version">
              {shown.data && schema ? (
                <CatalogForm schema={schema} value={shown.data.content} onChange={() => {}} readOnly errors={[]} />
              ) : (
                <Loading />
              )}
            </div>
            <button type="button" className="button-secondary" onClick={() => setViewing(null)}>
              {t("catalogs.backToCurrent")}
            </button>
          </div>
        ) : (
          <form className="stack" onSubmit={submit} noValidate data-testid="catalog-form">
            <p className="muted">{t("catalogs.editorHint", { version: current.data?.version ?? 0 })}</p>
            {schema && draft !== null ? (
              <CatalogForm schema={schema} value={draft} onChange={setDraft} readOnly={!canEdit} errors={fieldProblems} />
            ) : null}
            {fieldProblems.length === 0 ? <ErrorAlert error={publish.error} /> : null}
            {published ? (
              <p className="alert alert-success" role="status">
                {t("catalogs.published", { version: published })}
              </p>
            ) : null}
            {canEdit ? (
              <>
                <label className="field">
                  <span>{t("catalogs.note")}</span>
                  <input type="text" maxLength={500} value={note} onChange={(event) => setNote(event.target.value)} />
                </label>
                <div className="button-row">
                  <button type="submit" className="button-primary" disabled={publish.isPending} data-testid="catalog-publish">
                    {t("catalogs.publish")}
                  </button>
                </div>
              </>
            ) : null}
          </form>
        )}
        <aside>
          <h3>{t("catalogs.history")}</h3>
          {versions.data ? <CatalogVersions versions={versions.data} viewing={viewing} onView={setViewing} /> : null}
        </aside>
      </div>
    </section>
  );
}
