import { useTranslation } from "react-i18next";
import { StaffingForm } from "../features/workforce/components/StaffingForm";
import { usePageTitle } from "../ui/use-page-title";

export function StaffingPage() {
  const { t } = useTranslation();
  usePageTitle(t("workforce.staffing.title"));
  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("workforce.staffing.title")}</h1>
      <p>{t("workforce.staffing.intro")}</p>
      <StaffingForm />
    </section>
  );
}
