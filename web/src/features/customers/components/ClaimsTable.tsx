import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { TableScroll } from "../../../ui/TableScroll";
import type { Claim, Product } from "../api/customers-api";

interface ClaimsTableProps {
  claims: Claim[];
  products: Array<Pick<Product, "id" | "serviceNumber">>;
  /** The heading, when not the default «last 90 days». */
  title?: string;
  /** Claims to point out (e.g. the ones that make a repeated damage), with the badge shown beside each. */
  marks?: { ids: ReadonlySet<string>; label: string };
}

/** Claims of the last days, open ones marked apart from resolved ones, the pointed-out ones highlighted. */
export function ClaimsTable({ claims, products, title, marks }: ClaimsTableProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const serviceOf = new Map(products.map((product) => [product.id, product.serviceNumber]));
  const openCount = claims.filter((claim) => claim.resolvedAt === null).length;
  return (
    <section className="card" aria-labelledby="claims-heading">
      <h2 id="claims-heading">{title ?? t("claims.title")}</h2>
      <p className="hint">{t("claims.summary", { count: claims.length, open: openCount })}</p>
      {claims.length === 0 ? null : (
        <TableScroll>
          <table data-testid="claims-table">
            <thead>
              <tr>
                <th scope="col">{t("claims.code")}</th>
                <th scope="col">{t("claims.service")}</th>
                <th scope="col">{t("claims.category")}</th>
                <th scope="col">{t("claims.description")}</th>
                <th scope="col">{t("claims.openedAt")}</th>
                <th scope="col">{t("claims.state")}</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((claim) => (
                <tr
                  key={claim.id}
                  className={marks?.ids.has(claim.id) ? "row-danger" : claim.resolvedAt ? undefined : "row-warning"}
                  data-marked={marks?.ids.has(claim.id) ?? false}
                >
                  <td>
                    {claim.code}
                    {marks?.ids.has(claim.id) ? <span className="badge badge-danger">{marks.label}</span> : null}
                  </td>
                  <td>{serviceOf.get(claim.productId) ?? t("common.none")}</td>
                  <td>{claim.category}</td>
                  <td>{claim.description ?? t("common.none")}</td>
                  <td>{format.dateTime(claim.openedAt)}</td>
                  <td>
                    {claim.resolvedAt ? (
                      t("claims.resolvedOn", { date: format.dateTime(claim.resolvedAt) })
                    ) : (
                      <span className="badge badge-warning">{t("claims.open")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
