import { useState } from "react";
import { useApiQuery } from "../../../api/use-api-query";

const STORAGE_KEY = "fideliza.campaign";

function storedCampaign(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The campaigns of the operator and the one this browser works on (remembered between pages). */
export function useCampaignChoice() {
  const campaigns = useApiQuery("/api/campaigns");
  const [chosen, setChosen] = useState<string | null>(storedCampaign);
  const available = campaigns.data ?? [];
  const campaign = available.find((c) => c.code === chosen)?.code ?? available[0]?.code ?? null;
  const choose = (code: string) => {
    setChosen(code);
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // Private mode: the choice lasts until reload.
    }
  };
  return { campaigns: available, campaign, choose, error: campaigns.error };
}
