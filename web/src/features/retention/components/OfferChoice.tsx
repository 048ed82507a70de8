import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OfferExplanation, OfferType } from "../api/retention-api";
import { offerRefusal } from "../retention-texts";

interface OfferChoiceProps {
  offers: OfferExplanation[];
  types: OfferType[];
  /** Branch A offers go on the damaged product; branch B asks which product. */
  products: Array<{ id: string; serviceNumber: string }>;
  fixedProductId?: string | null;
  actionLabel: string;
  isPending: boolean;
  onChoose: (offerCode: string, productId: string | null) => void;
}

/** The catalog's offers of the step, each with whether this customer may have it on the chosen product, and why not. */
export function OfferChoice({ offers, types, products, fixedProductId, actionLabel, isPending, onChoose }: OfferChoiceProps) {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  const [productId, setProductId] = useState<string>(fixedProductId ?? products[0]?.id ?? "");
  const shown = offers.filter((offer) => types.includes(offer.type));
  const chosenProduct = fixedProductId ?? productId;
  return (
    <div className="stack">
      {fixedProductId === undefined ? (
        <div className="field inline-field">
          <label htmlFor={selectId}>{t("retention.productForOffer")}</label>
          <select
            id={selectId}
            data-testid="offer-product"
            value={productId}
            onChange={(event) => setProductId(event.target.value)}
          >
            {products.map((product) => (
              <option key={product.id} value={product.id}>
                {product.serviceNumber}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ul className="offer-list">
        {shown.map((offer) => {
          const check = offer.checks.find((c) => c.productId === chosenProduct) ?? offer.checks[0];
          const eligible = check?.eligible ?? false;
          return (
            <li
              key={offer.code}
              className={eligible ? "offer offer-eligible" : "offer offer-refused"}
              data-testid={`offer-${offer.code}`}
            >
              <div>
                <strong>{offer.name}</strong>
                {offer.duration ? (
                  <span className="muted">
                    {" "}
                    · {t(`retention.duration.${offer.duration.unit}`, { count: offer.duration.amount })}
                  </span>
                ) : null}
                <p className="muted">{offer.description}</p>
                {!eligible ? (
                  <p className="offer-reason" data-testid={`offer-reason-${offer.code}`}>
                    {check?.refusal ? offerRefusal(t, i18n.language, check.refusal) : t("retention.noProductForOffer")}
                  </p>
                ) : null}
              </div>
              <button
                type="button"
                className="button-primary"
                disabled={!eligible || isPending}
                data-testid={`choose-${offer.code}`}
                onClick={() => onChoose(offer.code, check?.productId ?? null)}
              >
                {actionLabel}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
