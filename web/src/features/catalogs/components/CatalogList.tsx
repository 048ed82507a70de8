import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { enumLabel } from "../../../i18n/labels";
import { TableScroll } from "../../../ui/TableScroll";
import type { CatalogVersion } from "../api/catalogs-api";

interface CatalogListProps {
  catalogs: CatalogVersion[];
  selected: { kind: string; scope: string } | null;
  onSelect: (kind: string, scope: string) => void;
}

/** The tenant's catalogs in their current version; choosing one opens it in the editor. */
export function CatalogList({ catalogs, selected, onSelect }: CatalogListProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  // A campaign's catalogs are scoped by its code: show its name. (A user who may not read campaigns sees the code.)
  const campaigns = useApiQuery("/api/campaigns");
  const campaignNames = new Map((campaigns.data ?? []).map((c) => [c.code, c.name] as const));
  if (catalogs.length === 0) return <p className="empty">{t("catalogs.empty")}</p>;
  return (
    <TableScroll>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("catalogs.kind")}</th>
            <th scope="col">{t("catalogs.scope")}</th>
            <th scope="col" className="numeric">
              {t("catalogs.version")}
            </th>
            <th scope="col">{t("catalogs.publishedAt")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("catalogs.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {catalogs.map((catalog) => {
            const isSelected = selected?.kind === catalog.kind && selected.scope === catalog.scope;
            return (
              <tr key={`${catalog.kind}/${catalog.scope}`} aria-current={isSelected ? "true" : undefined}>
                <td>{catalog.kindName}</td>
                <td>
                  {campaignNames.get(catalog.scope)
                    ? t("catalogScopes.campaign", { code: campaignNames.get(catalog.scope) })
                    : enumLabel(t, "catalogScopes", catalog.scope)}
                </td>
                <td className="numeric">{catalog.version}</td>
                <td>
                  {format.dateTime(catalog.createdAt)} · {catalog.createdByName ?? t("catalogs.system")}
                </td>
                <td>
                  <button
                    type="button"
                    className="button-secondary"
                    data-testid={`catalog-open-${catalog.kind}-${catalog.scope}`}
                    onClick={() => onSelect(catalog.kind, catalog.scope)}
                  >
                    {t("catalogs.open")}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
