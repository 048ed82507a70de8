import { useTranslation } from "react-i18next";
import { useApiQuery } from "../../../api/use-api-query";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { TableScroll } from "../../../ui/TableScroll";
import { type PracticeCatalog, practiceName } from "../api/practices-api";

/** A week's adherence per leader (practices held ÷ due), each practice with its count; the goal is every practice due. */
export function WeekAdherence({ week, catalog }: { week: string; catalog: PracticeCatalog }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const adherence = useApiQuery("/api/practices/adherence", { query: { week } });
  const leaders = adherence.data?.leaders ?? [];
  return (
    <section className="card stack" aria-labelledby="adherence-heading" data-testid="practice-adherence">
      <h2 id="adherence-heading">{t("practices.adherence.title", { week: format.date(`${week}T12:00:00`) })}</h2>
      <ErrorAlert error={adherence.error} />
      {adherence.data && leaders.length === 0 ? <p className="muted">{t("practices.adherence.empty")}</p> : null}
      {leaders.length > 0 ? (
        <TableScroll>
          <table className="compact">
            <caption className="visually-hidden">
              {t("practices.adherence.title", { week: format.date(`${week}T12:00:00`) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("practices.adherence.leader")}</th>
                <th scope="col">{t("practices.adherence.team")}</th>
                <th scope="col" className="numeric">
                  {t("practices.adherence.value")}
                </th>
                <th scope="col">{t("practices.adherence.detail")}</th>
              </tr>
            </thead>
            <tbody>
              {leaders.map((row) => (
                <tr key={`${row.leader}:${row.team ?? ""}`}>
                  <th scope="row">{row.leader}</th>
                  <td>{row.team ?? t("practices.adherence.noTeam")}</td>
                  <td
                    className={`numeric ${row.adherence === null ? "" : row.adherence >= 1 ? "indicator-met" : "indicator-missed"}`}
                  >
                    {row.adherence === null ? t("indicatorsDashboard.noDataShort") : format.percent(row.adherence, 0)}
                  </td>
                  <td>
                    {row.practices
                      .map((p) =>
                        t("practices.adherence.heldOfDue", {
                          practice: practiceName(catalog, p.practice),
                          held: format.number(p.held, 1),
                          due: format.number(p.due, 1),
                        }),
                      )
                      .join(" · ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </section>
  );
}
