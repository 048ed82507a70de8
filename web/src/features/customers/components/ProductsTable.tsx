import { useTranslation } from "react-i18next";
import { useFormatters } from "../../../i18n/format";
import { labelOf } from "../../../i18n/labels";
import { TableScroll } from "../../../ui/TableScroll";
import type { Product } from "../api/customers-api";

/** Products to point out (e.g. those with repeated damage), with the badge shown beside each. */
export interface ProductMarks {
  ids: ReadonlySet<string>;
  label: string;
}

/** The customer's services with translated kind, technology and status; marked ones highlighted. */
export function ProductsTable({
  products,
  currency,
  marks,
}: {
  products: Product[];
  currency: string | null;
  marks?: ProductMarks;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section className="card" aria-labelledby="products-heading">
      <h2 id="products-heading">{t("products.title")}</h2>
      {products.length === 0 ? (
        <p className="empty">{t("products.empty")}</p>
      ) : (
        <TableScroll>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("products.serviceNumber")}</th>
                <th scope="col">{t("products.kind")}</th>
                <th scope="col">{t("products.technology")}</th>
                <th scope="col">{t("products.plan")}</th>
                <th scope="col">{t("products.status")}</th>
                <th scope="col" className="numeric">
                  {t("products.monthlyFee")}
                </th>
                <th scope="col">{t("products.activatedOn")}</th>
              </tr>
            </thead>
            <tbody>
              {products.map((product) => (
                <tr key={product.id} className={marks?.ids.has(product.id) ? "row-danger" : undefined}>
                  <td>
                    {product.serviceNumber}
                    {marks?.ids.has(product.id) ? (
                      <span className="badge badge-danger" data-testid="product-mark">
                        {marks.label}
                      </span>
                    ) : null}
                  </td>
                  <td>{labelOf(t, "productKinds", product.kind)}</td>
                  <td>{labelOf(t, "technologies", product.technology)}</td>
                  <td>{product.plan}</td>
                  <td>
                    <span className={`badge status-${product.status}`}>{labelOf(t, "productStatuses", product.status)}</span>
                    {product.withdrawnForNonPayment ? (
                      <span className="badge badge-danger">{t("products.withdrawnForNonPayment")}</span>
                    ) : null}
                  </td>
                  <td className="numeric">
                    {product.monthlyFee === null ? t("common.none") : format.money(product.monthlyFee, currency)}
                  </td>
                  <td>{product.activatedOn ? format.date(product.activatedOn) : t("common.none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
