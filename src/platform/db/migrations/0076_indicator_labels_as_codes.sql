-- Issue 13: indicator SQL gives codes, never words in one language. Seed 003's dimension labels named the
-- system's decisions «Sistema» and the attempt buckets «Sin intentos» … «3 o más intentos» in Spanish only;
-- they are now NULL, and the definitions (src/modules/campaigns/indicators.ts, `codes`) name the keys
-- «system» and 0–3 in the reader's language. Names that are data (an advisor's, a campaign's, a final
-- state's catalog label) stay here. product_kind_label goes: the retention definitions name product kinds.
CREATE OR REPLACE FUNCTION campaign_case_label(f campaign_finished_cases, dimension text) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT CASE dimension
           WHEN 'campaign' THEN f.campaign_name
           WHEN 'advisor' THEN f.advisor_name
           WHEN 'campaign_advisor' THEN f.campaign_name || ' · ' || f.advisor_name
           WHEN 'final_state' THEN f.final_state_label
           WHEN 'campaign_final_state' THEN f.final_state_label
         END
$$;

DROP FUNCTION product_kind_label(text);
