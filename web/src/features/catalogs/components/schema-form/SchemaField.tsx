import { useId } from "react";
import { useTranslation } from "react-i18next";
import { enumLabel } from "../../../../i18n/labels";
import { CardsField, ChoicesField, ListField, TableField, TupleField } from "./ArrayFields";
import { FieldProblems } from "./FieldProblems";
import { type FieldProps, useFormContext } from "./form-context";
import { RecordField } from "./RecordField";
import { ScalarInput } from "./ScalarInput";
import { childPath, emptyValue, fieldShape, type JsonSchema, withProperty } from "./schema";

/** One value of a catalog document, drawn by the control its schema calls for. */
export function SchemaField(props: FieldProps) {
  const { t } = useTranslation();
  const { readOnly } = useFormContext();
  const inputId = useId();
  const shape = fieldShape(props.schema);
  const label = props.title ?? (props.name ? enumLabel(t, "catalogFields", props.name) : "");

  // An object or a list the schema lets be null is switched on and off as a whole.
  if ("nullable" in shape && shape.nullable && !["choice", "text", "number", "boolean"].includes(shape.control)) {
    const isSet = props.value !== null && props.value !== undefined;
    const nonNull = { ...props.schema, anyOf: props.schema.anyOf?.filter((alternative) => alternative.type !== "null") };
    const inner: JsonSchema = nonNull.anyOf?.length === 1 && nonNull.anyOf[0] ? nonNull.anyOf[0] : nonNull;
    return (
      <div className="schema-optional">
        <label className="checkbox">
          <input
            type="checkbox"
            className="big-checkbox"
            checked={isSet}
            disabled={readOnly}
            onChange={(event) => props.onChange(event.target.checked ? emptyValue(inner) : null)}
          />
          <span>{t("catalogs.form.enable", { field: label })}</span>
        </label>
        {isSet ? <SchemaField {...props} schema={inner} /> : null}
      </div>
    );
  }

  switch (shape.control) {
    case "object":
      return (
        <fieldset className="schema-object">
          {label ? <legend>{label}</legend> : null}
          <FieldProblems path={props.path} />
          {Object.entries(shape.schema.properties ?? {}).map(([name, property]) => (
            <SchemaField
              key={name}
              schema={property}
              name={name}
              path={childPath(props.path, name)}
              value={(props.value as Record<string, unknown> | undefined)?.[name]}
              onChange={(next) => props.onChange(withProperty(props.value, name, next))}
            />
          ))}
        </fieldset>
      );
    case "record":
      return <RecordField {...props} valueSchema={shape.value} label={label} />;
    case "choices":
      return <ChoicesField {...props} options={shape.options} label={label} />;
    case "list":
      return <ListField {...props} items={shape.items} label={label} />;
    case "tuple":
      return <TupleField {...props} positions={shape.positions} label={label} />;
    case "table":
      return <TableField {...props} items={shape.items} label={label} />;
    case "cards":
      return <CardsField {...props} items={shape.items} label={label} />;
    case "boolean":
      return (
        <div className="field">
          <label className="checkbox" htmlFor={inputId}>
            <ScalarInput shape={shape} value={props.value} onChange={props.onChange} path={props.path} id={inputId} />
            <span>{label}</span>
          </label>
          <FieldProblems path={props.path} />
        </div>
      );
    default:
      return (
        <div className="field">
          <label htmlFor={inputId}>{label}</label>
          <ScalarInput shape={shape} value={props.value} onChange={props.onChange} path={props.path} id={inputId} />
          <FieldProblems path={props.path} />
        </div>
      );
  }
}
