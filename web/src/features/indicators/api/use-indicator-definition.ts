import { useApiQuery } from "../../../api/use-api-query";

/** The definition of one installed indicator the user may read (the API lists only those), with the query's state. */
export function useIndicatorDefinition(code: string) {
  const definitions = useApiQuery("/api/indicators");
  return { ...definitions, definition: definitions.data?.find((d) => d.code === code) };
}
