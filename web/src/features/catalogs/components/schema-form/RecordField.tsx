import { useState } from "react";
import { useTranslation } from "react-i18next";
import { enumLabel } from "../../../../i18n/labels";
import { FieldProblems } from "./FieldProblems";
import { type FieldProps, useFormContext } from "./form-context";
import { childPath, emptyValue, type JsonSchema, withProperty } from "./schema";

interface RecordFieldProps extends FieldProps {
  valueSchema: JsonSchema;
  label: string;
}

/** A map from codes the admin chooses to values (exemptions per rule, escalations per state): a row per entry. */
export function RecordField({ value, onChange, path, valueSchema, label }: RecordFieldProps) {
  const { t } = useTranslation();
  const { readOnly, Field } = useFormContext();
  const [newKey, setNewKey] = useState("");
  const entries = Object.entries((value ?? {}) as Record<string, unknown>);
  return (
    <fieldset className="schema-object">
      <legend>{label}</legend>
      <FieldProblems path={path} />
      {entries.length === 0 ? <p className="muted">{t("catalogs.form.noEntries")}</p> : null}
      {entries.map(([key, entry]) => (
        <div key={key} className="schema-record-entry">
          <Field
            schema={valueSchema}
            title={enumLabel(t, "catalogValues", key)}
            path={childPath(path, key)}
            value={entry}
            onChange={(next) => onChange(withProperty(value, key, next))}
          />
          {readOnly ? null : (
            <button type="button" className="button-secondary" onClick={() => onChange(withProperty(value, key, undefined))}>
              {t("catalogs.form.removeEntry", { entry: enumLabel(t, "catalogValues", key) })}
            </button>
          )}
        </div>
      ))}
      {readOnly ? null : (
        <div className="button-row">
          <label className="field inline-field">
            <span>{t("catalogs.form.newKey")}</span>
            <input type="text" value={newKey} onChange={(event) => setNewKey(event.target.value.trim())} />
          </label>
          <button
            type="button"
            className="button-secondary"
            disabled={newKey === "" || entries.some(([key]) => key === newKey)}
            onClick={() => {
              onChange(withProperty(value, newKey, emptyValue(valueSchema)));
              setNewKey("");
            }}
          >
            {t("catalogs.form.addEntry")}
          </button>
        </div>
      )}
    </fieldset>
  );
}
