import { useApiQuery } from "../../../api/use-api-query";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { IndicatorTile } from "../../indicators/components/IndicatorTile";

/** Emitted quality (seed 002, goal 90 %) from the indicator engine, with its trend and the link to its drill-down. */
export function EmittedQualityTile() {
  const definitions = useApiQuery("/api/indicators");
  const emitted = definitions.data?.find((d) => d.code === "quality.emitted");
  return (
    <>
      <ErrorAlert error={definitions.error} />
      {emitted ? <IndicatorTile definition={emitted} /> : null}
    </>
  );
}
