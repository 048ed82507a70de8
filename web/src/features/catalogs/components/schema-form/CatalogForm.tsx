import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { enumLabel } from "../../../../i18n/labels";
import { FormContext } from "./form-context";
import { SchemaField } from "./SchemaField";
import { type JsonSchema, problemsByPath } from "./schema";

interface CatalogFormProps {
  schema: JsonSchema;
  value: unknown;
  onChange: (value: unknown) => void;
  readOnly: boolean;
  /** The server's problems with the last publication ({field: "motives.3.template", message}). */
  errors: ReadonlyArray<{ field?: string; message: string }>;
}

/** «motives.3.template» in words: «Motivos › Fila 4 › Plantilla». */
export function pathInWords(t: TFunction, path: string): string {
  if (path === "") return t("catalogs.form.document");
  return path
    .split(".")
    .map((part) => (/^\d+$/.test(part) ? t("catalogs.form.row", { n: Number(part) + 1 }) : enumLabel(t, "catalogFields", part)))
    .join(" › ");
}

/**
 * A catalog document as a form drawn from its kind's schema: objects as groups, rows of plain values
 * as tables, rows with lists inside as folded cards, codes as selects with their labels. The server
 * checks the document on publication (schema and the kind's rules); each problem it names is shown
 * beside its field and listed, in words, above the form.
 */
export function CatalogForm({ schema, value, onChange, readOnly, errors }: CatalogFormProps) {
  const { t } = useTranslation();
  const context = useMemo(() => ({ problems: problemsByPath(errors), readOnly, Field: SchemaField }), [errors, readOnly]);
  return (
    <FormContext.Provider value={context}>
      {errors.length > 0 ? (
        <div className="alert alert-error" role="alert" data-testid="catalog-problems">
          <p className="alert-title">{t("catalogs.form.problems", { count: errors.length })}</p>
          <ul>
            {errors.map((error) => (
              <li key={`${error.field ?? ""}:${error.message}`}>
                <strong>{pathInWords(t, error.field ?? "")}</strong>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="schema-form">
        <SchemaField schema={schema} value={value} onChange={onChange} path="" title="" />
      </div>
    </FormContext.Provider>
  );
}
