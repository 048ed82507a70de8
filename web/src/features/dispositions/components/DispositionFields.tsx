import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Benefit, MotiveField } from "../api/campaigns-api";

interface DispositionFieldsProps {
  fields: MotiveField[];
  benefits: Benefit[];
  values: Record<string, string>;
  onChange: (code: string, value: string) => void;
}

function benefitFits(field: MotiveField, benefit: Benefit): boolean {
  if (field.benefitKind && benefit.kind !== field.benefitKind) return false;
  if (field.benefitCost === "with") return Boolean(benefit.cost);
  if (field.benefitCost === "without") return !benefit.cost;
  return true;
}

/** The inputs a motive asks for (address, dates, visit number, a benefit of the matrix …), by field type. */
export function DispositionFields({ fields, benefits, values, onChange }: DispositionFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {fields.map((field) => {
        const id = `disposition-field-${field.code}`;
        const common = {
          id,
          "data-testid": `field-${field.code}`,
          required: field.required,
          value: values[field.code] ?? "",
        };
        const change = (event: { target: { value: string } }) => onChange(field.code, event.target.value);
        let input: ReactNode;
        if (field.type === "choice" || field.type === "benefit") {
          const options =
            field.type === "choice"
              ? (field.options ?? []).map((o) => ({ value: o, label: o }))
              : benefits.filter((b) => benefitFits(field, b)).map((b) => ({ value: b.code, label: b.label }));
          input = (
            <select {...common} onChange={change}>
              <option value="">{t("dispositions.choose")}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          );
        } else {
          const type = { text: "text", phone: "tel", number: "number", date: "date", callback: "datetime-local" }[field.type];
          input = <input {...common} type={type} maxLength={field.maxLength} min={field.min} max={field.max} onChange={change} />;
        }
        return (
          <div className="field" key={field.code}>
            <label htmlFor={id}>
              {field.label}
              {field.required ? ` (${t("dispositions.required")})` : ""}
            </label>
            {input}
            {field.hint ? <span className="hint">{field.hint}</span> : null}
          </div>
        );
      })}
    </>
  );
}
