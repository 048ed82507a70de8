import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useAsyncAction } from "../../../api/use-async-action";
import { enumLabel } from "../../../i18n/labels";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { Loading } from "../../../ui/Loading";
import { type CatalogContent, publishCatalog } from "../api/catalogs-api";
import { CatalogVersions } from "./CatalogVersions";

interface CatalogEditorProps {
  kind: string;
  scope: string;
  canEdit: boolean;
  onPublished: () => void;
}

/**
 * The document of one catalog as JSON, checked by the server against its kind's schema and rules on
 * publication (every problem named by its path). Older versions open read-only.
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
  const [text, setText] = useState("");
  const [note, setNote] = useState("");
  const [parseError, setParseError] = useState<string | null>(null);
  const [published, setPublished] = useState<number | null>(null);

  useEffect(() => {
    if (current.data) setText(JSON.stringify(current.data.content, null, 2));
  }, [current.data]);

  // The server checks the document against its kind's schema: whatever JSON was typed goes as it is.
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
    let content: unknown;
    try {
      content = JSON.parse(text);
    } catch (error) {
      setParseError((error as Error).message);
      return;
    }
    setParseError(null);
    void publish.run(content as CatalogContent);
  }

  if (current.isLoading && !current.data) return <Loading />;
  const isOld = viewing !== null && viewing !== current.data?.version;
  return (
    <section className="card catalog-editor" aria-labelledby="catalog-editor-heading">
      <h2 id="catalog-editor-heading">
        {current.data?.kindName ?? kind} · {enumLabel(t, "catalogScopes", scope)}
      </h2>
      <ErrorAlert error={current.error ?? versions.error ?? shown.error} />
      <div className="catalog-editor-layout">
        {isOld ? (
          <div className="stack">
            <p className="alert alert-warning" role="status">
              {t("catalogs.viewingOld", { version: viewing })}
            </p>
            <pre className="json-view" data-testid="catalog-old-version">
              {shown.data ? JSON.stringify(shown.data.content, null, 2) : ""}
            </pre>
            <button type="button" className="button-secondary" onClick={() => setViewing(null)}>
              {t("catalogs.backToCurrent")}
            </button>
          </div>
        ) : (
          <form className="stack" onSubmit={submit}>
            <p className="muted">{t("catalogs.editorHint", { version: current.data?.version ?? 0 })}</p>
            <label className="field">
              <span>{t("catalogs.document")}</span>
              <textarea
                className="json-editor"
                spellCheck={false}
                rows={24}
                value={text}
                readOnly={!canEdit}
                data-testid="catalog-json"
                onChange={(event) => setText(event.target.value)}
              />
            </label>
            {parseError ? (
              <p className="alert alert-error" role="alert">
                {t("catalogs.invalidJson", { message: parseError })}
              </p>
            ) : null}
            <ErrorAlert error={publish.error} />
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
