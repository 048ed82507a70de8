import { useTranslation } from "react-i18next";
import { TableScroll } from "../../../ui/TableScroll";
import type { Campaign } from "../api/campaigns-api";

/** The campaign's states and motives as a readable table: closing, deadline, fields and note template. */
export function CampaignCatalogView({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="catalog-view-heading">
      <h2 id="catalog-view-heading">{t("dispositions.catalogViewTitle", { version: campaign.catalogVersion })}</h2>
      <TableScroll>
        <table data-testid="catalog-view">
          <thead>
            <tr>
              <th scope="col">{t("dispositions.state")}</th>
              <th scope="col">{t("dispositions.motive")}</th>
              <th scope="col">{t("dispositions.action")}</th>
              <th scope="col">{t("dispositions.deadline")}</th>
              <th scope="col">{t("dispositions.fields")}</th>
            </tr>
          </thead>
          <tbody>
            {campaign.states.flatMap((state) =>
              state.motives.length === 0
                ? [
                    <tr key={state.code}>
                      <th scope="row">{state.label}</th>
                      <td colSpan={4} className="muted">
                        {state.unavailableReason}
                      </td>
                    </tr>,
                  ]
                : state.motives.map((motive) => (
                    <tr key={`${state.code}/${motive.code}`}>
                      <th scope="row">{state.label}</th>
                      <td>{motive.label}</td>
                      <td>{motive.closing?.action ?? "—"}</td>
                      <td>
                        {motive.closing
                          ? `${motive.closing.deadline.amount} ${t(`dispositions.units.${motive.closing.deadline.unit}`, { count: motive.closing.deadline.amount })}`
                          : "—"}
                      </td>
                      <td>{motive.fields.map((f) => f.label).join(", ") || "—"}</td>
                    </tr>
                  )),
            )}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
