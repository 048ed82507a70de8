import { useId } from "react";
import { useTranslation } from "react-i18next";

interface CampaignPickerProps {
  campaigns: Array<{ code: string; name: string }>;
  campaign: string | null;
  onChoose: (code: string) => void;
}

/** Which campaign the page shows. */
export function CampaignPicker({ campaigns, campaign, onChoose }: CampaignPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field inline-field">
      <label htmlFor={id}>{t("dispositions.campaign")}</label>
      <select id={id} data-testid="campaign-picker" value={campaign ?? ""} onChange={(event) => onChoose(event.target.value)}>
        {campaigns.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
