import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useApiQuery } from "../api/use-api-query";
import type { DeliveryStatus } from "../features/integrations/api/integrations-api";
import { IntegrationSettingsForm } from "../features/integrations/components/IntegrationSettingsForm";
import { OutboundTable } from "../features/integrations/components/OutboundTable";
import { usePermission } from "../features/session/hooks/session-context";
import { ErrorAlert } from "../ui/ErrorAlert";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/use-page-title";
import { pageRows, useTableState } from "../ui/use-table-state";

export function IntegrationsPage() {
  const { t } = useTranslation();
  usePageTitle(t("integrations.title"));
  const canManage = usePermission("integrations:manage");
  const [status, setStatus] = useState<DeliveryStatus | "">("");
  const table = useTableState();
  const messages = useApiQuery("/api/outbound", {
    query: { status: status || undefined, page: table.page, pageSize: table.pageSize },
  });
  const { rows, total } = pageRows(messages.data);
  const settings = useApiQuery(canManage ? "/api/integrations" : null);

  return (
    <section className="stack" aria-labelledby="page-heading">
      <h1 id="page-heading">{t("integrations.title")}</h1>
      <p className="muted">{t("integrations.intro")}</p>
      <ErrorAlert error={messages.error ?? settings.error} />
      {settings.data ? (
        <section aria-labelledby="settings-heading" className="stack">
          <h2 id="settings-heading">{t("integrations.settingsTitle")}</h2>
          <div className="card-grid">
            {settings.data.map((setting) => (
              <IntegrationSettingsForm key={setting.adapter} setting={setting} onSaved={settings.reload} />
            ))}
          </div>
        </section>
      ) : null}
      <section className="card" aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t("integrations.messagesTitle")}</h2>
        {messages.isLoading && !messages.data ? <Loading /> : null}
        {rows ? (
          <OutboundTable
            messages={rows}
            total={total}
            state={table}
            isLoading={messages.isLoading}
            canRetry={canManage}
            onRetried={messages.reload}
            toolbar={
              <label className="inline-field">
                <span>{t("integrations.filterStatus")}</span>
                <select
                  value={status}
                  onChange={(event) => {
                    setStatus(event.target.value as DeliveryStatus | "");
                    table.firstPage();
                  }}
                >
                  <option value="">{t("integrations.allStatuses")}</option>
                  <option value="pending">{t("integrations.statuses.pending")}</option>
                  <option value="sent">{t("integrations.statuses.sent")}</option>
                  <option value="failed">{t("integrations.statuses.failed")}</option>
                </select>
              </label>
            }
          />
        ) : null}
      </section>
    </section>
  );
}
