import { type ComponentType, createContext, useContext } from "react";
import type { JsonSchema } from "./schema";

export interface FieldProps {
  schema: JsonSchema;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Where the value sits in the document («motives.3.template»), as the server names problems. */
  path: string;
  /** The property's name, whose label the field shows; undefined for a list's row. */
  name?: string;
  /** The heading of a row (its card) when there is no property name. */
  title?: string;
}

/** What every field of one catalog form shares: the server's problems by path, and whether it can be edited. */
export interface SchemaFormContext {
  problems: Map<string, string[]>;
  readOnly: boolean;
  /** The field drawer itself, handed down so lists and records can draw their rows without importing it back. */
  Field: ComponentType<FieldProps>;
}

export const FormContext = createContext<SchemaFormContext>({ problems: new Map(), readOnly: true, Field: () => null });

/** The problems the server found at exactly this path, and the id of the text that says them. */
export function useProblems(path: string): { messages: string[]; id: string } {
  const { problems } = useContext(FormContext);
  return { messages: problems.get(path) ?? [], id: `problem-${path.replaceAll(".", "-") || "document"}` };
}

export const useFormContext = () => useContext(FormContext);
