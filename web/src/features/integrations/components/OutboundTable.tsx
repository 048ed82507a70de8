import { useTranslation } from "react-i18next";
import { useAsyncAction } from "../../../api/use-async-action";
import { useFormatters } from "../../../i18n/format";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { TableScroll } from "../../../ui/TableScroll";
import { type OutboundMessage, retryOutbound } from "../api/integrations-api";

const STATUS_CLASS = { pending: "badge-warning", sent: "status-active", failed: "badge-danger" } as const;

/** Messages to outside systems, newest first: their reference once answered, their error while failing. */
export function OutboundTable({
  messages,
  canRetry,
  onRetried,
}: {
  messages: OutboundMessage[];
  canRetry: boolean;
  onRetried: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const retry = useAsyncAction(async (id: string) => {
    await retryOutbound(id);
    onRetried();
  });
  if (messages.length === 0) return <p className="empty">{t("integrations.noMessages")}</p>;
  return (
    <>
      <ErrorAlert error={retry.error} />
      <TableScroll>
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">{t("integrations.createdAt")}</th>
              <th scope="col">{t("integrations.system")}</th>
              <th scope="col">{t("integrations.operation")}</th>
              <th scope="col">{t("integrations.subject")}</th>
              <th scope="col">{t("integrations.status")}</th>
              <th scope="col" className="numeric">
                {t("integrations.attempts")}
              </th>
              <th scope="col">{t("integrations.reference")}</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} className={message.status === "failed" ? "row-danger" : undefined}>
                <td>{format.dateTime(message.createdAt)}</td>
                <td>{message.adapterName}</td>
                <td>
                  <code>{message.operation}</code>
                </td>
                <td>
                  {message.subjectType} · {message.subjectId}
                </td>
                <td>
                  <span className={`badge ${STATUS_CLASS[message.status]}`}>{t(`integrations.statuses.${message.status}`)}</span>
                  {message.lastError ? <p className="muted">{message.lastError}</p> : null}
                  {message.status === "pending" && message.nextAttemptAt ? (
                    <p className="muted">{t("integrations.nextAttempt", { date: format.dateTime(message.nextAttemptAt) })}</p>
                  ) : null}
                </td>
                <td className="numeric">{message.attempts}</td>
                <td>
                  {message.reference ?? ""}
                  {message.status === "failed" && canRetry ? (
                    <button
                      type="button"
                      className="button-secondary"
                      disabled={retry.isPending}
                      onClick={() => void retry.run(message.id)}
                    >
                      {t("integrations.retry")}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
