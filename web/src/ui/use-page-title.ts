import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Names the browser tab after the page: "Clientes · Fideliza". */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const product = t("app.name");
  useEffect(() => {
    document.title = title ? `${title} · ${product}` : product;
  }, [title, product]);
}
