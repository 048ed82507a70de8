import { useTranslation } from "react-i18next";
import { enumLabel } from "../../../../i18n/labels";
import { useFormContext, useProblems } from "./form-context";
import type { FieldShape } from "./schema";

interface ScalarInputProps {
  shape: Extract<FieldShape, { control: "choice" | "text" | "number" | "boolean" | "fixed" }>;
  value: unknown;
  onChange: (value: unknown) => void;
  path: string;
  /** The accessible name when no visible label sits beside the input (a table cell). */
  label?: string;
  id?: string;
}

/**
 * One input for a scalar: a select for a list of codes (their labels shown), a text, a number, a
 * checkbox. An emptied optional field is left out (undefined) or null when the schema allows null.
 */
export function ScalarInput({ shape, value, onChange, path, label, id }: ScalarInputProps) {
  const { t } = useTranslation();
  const { readOnly } = useFormContext();
  const problems = useProblems(path);
  const invalid = problems.messages.length > 0;
  const common = {
    id,
    "aria-label": label,
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? problems.id : undefined,
    disabled: readOnly,
  };
  const emptied = "nullable" in shape && shape.nullable ? null : undefined;
  switch (shape.control) {
    case "fixed":
      return <span>{enumLabel(t, "catalogValues", String(shape.value))}</span>;
    case "choice":
      return (
        <select
          {...common}
          value={value === null || value === undefined ? "" : String(value)}
          onChange={(event) => {
            const picked = shape.options.find((option) => String(option) === event.target.value);
            onChange(picked === undefined ? emptied : picked);
          }}
        >
          {shape.nullable || value === undefined ? <option value="">{t("catalogs.form.none")}</option> : null}
          {shape.options.map((option) => (
            <option key={String(option)} value={String(option)}>
              {enumLabel(t, "catalogValues", String(option))}
            </option>
          ))}
        </select>
      );
    case "boolean":
      return (
        <input
          {...common}
          type="checkbox"
          className="big-checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
        />
      );
    case "number":
      return (
        <input
          {...common}
          type="number"
          inputMode={shape.integer ? "numeric" : "decimal"}
          step={shape.integer ? 1 : "any"}
          min={shape.schema.minimum}
          max={shape.schema.maximum}
          value={typeof value === "number" ? value : ""}
          onChange={(event) => onChange(event.target.value === "" ? emptied : event.target.valueAsNumber)}
        />
      );
    case "text": {
      const text = typeof value === "string" ? value : "";
      const change = (next: string) => onChange(next === "" && emptied === null ? null : next);
      return shape.long ? (
        <textarea
          {...common}
          rows={4}
          maxLength={shape.schema.maxLength}
          value={text}
          onChange={(event) => change(event.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          maxLength={shape.schema.maxLength}
          value={text}
          onChange={(event) => change(event.target.value)}
        />
      );
    }
  }
}
