import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import type { CatalogVersion } from "../api/catalogs-api";

interface CatalogVersionsProps {
  versions: CatalogVersion[];
  viewing: number | null;
  onView: (version: number) => void;
}

/** Every published version of one catalog, newest first; any can be viewed (none is ever changed). */
export function CatalogVersions({ versions, viewing, onView }: CatalogVersionsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <ol className="version-list" aria-label={t("catalogs.history")}>
      {versions.map((version) => (
        <li key={version.version}>
          <button
            type="button"
            className="button-link"
            aria-pressed={viewing === version.version}
            onClick={() => onView(version.version)}
          >
            {t("catalogs.versionLabel", { version: version.version })}
          </button>{" "}
          <span className="muted">
            {format.dateTime(version.createdAt)} · {version.createdByName ?? t("catalogs.system")}
          </span>
          {/* A version nobody published is the product's default; its note is said in the reader's language. */}
          {version.createdBy === null ? (
            <p className="muted">{t("catalogs.defaultNote")}</p>
          ) : version.note ? (
            <p className="muted">{version.note}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
