import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { enumLabel } from "../../../../i18n/labels";
import { TableScroll } from "../../../../ui/TableScroll";
import { FieldProblems } from "./FieldProblems";
import { type FieldProps, useFormContext } from "./form-context";
import { ScalarInput } from "./ScalarInput";
import { childPath, emptyValue, fieldShape, type JsonSchema, rowCode, rowTitle, withProperty } from "./schema";

interface ArrayProps extends FieldProps {
  label: string;
}

const rowsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A set of codes (suppression lists, exemptions): one checkbox per code the schema allows. */
export function ChoicesField({
  value,
  onChange,
  path,
  label,
  options,
}: ArrayProps & { options: Array<string | number | boolean> }) {
  const { t } = useTranslation();
  const { readOnly } = useFormContext();
  const chosen = rowsOf(value);
  return (
    <fieldset className="schema-object">
      <legend>{label}</legend>
      <FieldProblems path={path} />
      <div className="schema-choices">
        {options.map((option) => (
          <label key={String(option)} className="checkbox">
            <input
              type="checkbox"
              className="big-checkbox"
              disabled={readOnly}
              checked={chosen.includes(option)}
              onChange={(event) =>
                onChange(event.target.checked ? [...chosen, option] : chosen.filter((item) => item !== option))
              }
            />
            <span>{enumLabel(t, "catalogValues", String(option))}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The buttons under a list: add a row (starting from the schema's least value). */
function AddRow({
  items,
  rows,
  onChange,
  label,
}: {
  items: JsonSchema;
  rows: unknown[];
  onChange: (next: unknown[]) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const { readOnly } = useFormContext();
  if (readOnly) return null;
  return (
    <div className="button-row">
      <button type="button" className="button-secondary" onClick={() => onChange([...rows, emptyValue(items)])}>
        {t("catalogs.form.addRow", { list: label })}
      </button>
    </div>
  );
}

/** Remove and move-up of one row, named by the row so a screen reader knows which. */
function RowActions({
  rows,
  index,
  onChange,
  rowName,
}: {
  rows: unknown[];
  index: number;
  onChange: (next: unknown[]) => void;
  rowName: string;
}) {
  const { t } = useTranslation();
  const { readOnly } = useFormContext();
  if (readOnly) return null;
  const moveUp = () => {
    const next = [...rows];
    [next[index - 1], next[index]] = [next[index], next[index - 1]];
    onChange(next);
  };
  return (
    <span className="button-row">
      {index > 0 ? (
        <button
          type="button"
          className="button-secondary"
          onClick={moveUp}
          aria-label={t("catalogs.form.moveUp", { row: rowName })}
        >
          ↑
        </button>
      ) : null}
      <button
        type="button"
        className="button-secondary"
        onClick={() => onChange(rows.filter((_, position) => position !== index))}
        aria-label={t("catalogs.form.removeRow", { row: rowName })}
      >
        {t("catalogs.form.remove")}
      </button>
    </span>
  );
}

function replaceAt(rows: unknown[], index: number, value: unknown): unknown[] {
  return rows.map((row, position) => (position === index ? value : row));
}

/** A list of plain values (weekdays, codes): one input a row. */
export function ListField({ value, onChange, path, label, items }: ArrayProps & { items: JsonSchema }) {
  const { t } = useTranslation();
  const { Field } = useFormContext();
  const rows = rowsOf(value);
  return (
    <fieldset className="schema-object">
      <legend>{label}</legend>
      <FieldProblems path={path} />
      <ol className="schema-list">
        {rows.map((row, index) => {
          const rowName = t("catalogs.form.row", { n: index + 1 });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position; values may repeat while typed
            <li key={index} className="schema-list-row">
              <Field
                schema={items}
                title={rowName}
                path={childPath(path, index)}
                value={row}
                onChange={(next) => onChange(replaceAt(rows, index, next))}
              />
              <RowActions rows={rows} index={index} onChange={onChange} rowName={rowName} />
            </li>
          );
        })}
      </ol>
      <AddRow items={items} rows={rows} onChange={onChange} label={label} />
    </fieldset>
  );
}

/** A fixed number of values in order (a window's start and end): one input each, nothing to add or remove. */
export function TupleField({ value, onChange, path, label, positions }: ArrayProps & { positions: JsonSchema[] }) {
  const { t } = useTranslation();
  const { Field } = useFormContext();
  const rows = rowsOf(value);
  return (
    <fieldset className="schema-object schema-tuple">
      <legend>{label}</legend>
      <FieldProblems path={path} />
      {positions.map((position, index) => (
        <Field
          // biome-ignore lint/suspicious/noArrayIndexKey: a tuple's positions are fixed
          key={index}
          schema={position}
          title={t("catalogs.form.position", { n: index + 1 })}
          path={childPath(path, index)}
          value={rows[index]}
          onChange={(next) => onChange(positions.map((_, at) => (at === index ? next : rows[at])))}
        />
      ))}
    </fieldset>
  );
}

/** Rows of scalars (motives, benefits, tasks): a table, one column per property, one input per cell. */
export function TableField({ value, onChange, path, label, items }: ArrayProps & { items: JsonSchema }) {
  const { t } = useTranslation();
  const { readOnly } = useFormContext();
  const rows = rowsOf(value);
  const columns = Object.entries(items.properties ?? {});
  return (
    <fieldset className="schema-object">
      <legend>{label}</legend>
      <FieldProblems path={path} />
      <TableScroll>
        <table className="schema-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              {columns.map(([name]) => (
                <th key={name} scope="col">
                  {enumLabel(t, "catalogFields", name)}
                </th>
              ))}
              {readOnly ? null : <th scope="col">{t("catalogs.actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const rowName = rowTitle(row) ?? t("catalogs.form.row", { n: index + 1 });
              const rowPath = childPath(path, index);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position in the document
                <tr key={index}>
                  <td>
                    {index + 1}
                    <FieldProblems path={rowPath} />
                  </td>
                  {columns.map(([name, property]) => {
                    const shape = fieldShape(property);
                    const cellPath = childPath(rowPath, name);
                    return (
                      <td key={name}>
                        <ScalarInput
                          shape={shape as Parameters<typeof ScalarInput>[0]["shape"]}
                          label={`${enumLabel(t, "catalogFields", name)} · ${rowName}`}
                          path={cellPath}
                          value={(row as Record<string, unknown> | undefined)?.[name]}
                          onChange={(next) => onChange(replaceAt(rows, index, withProperty(row, name, next)))}
                        />
                        <FieldProblems path={cellPath} />
                      </td>
                    );
                  })}
                  {readOnly ? null : (
                    <td>
                      <RowActions rows={rows} index={index} onChange={onChange} rowName={rowName} />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <AddRow items={items} rows={rows} onChange={onChange} label={label} />
    </fieldset>
  );
}

/** Rows with lists inside (activities with their checklist, steps with their fields): a card per row, folded. */
export function CardsField({ value, onChange, path, label, items }: ArrayProps & { items: JsonSchema }) {
  const { t } = useTranslation();
  const { problems, Field } = useFormContext();
  const rows = rowsOf(value);
  return (
    <fieldset className="schema-object">
      <legend>{label}</legend>
      <FieldProblems path={path} />
      {rows.map((row, index) => {
        const rowPath = childPath(path, index);
        const code = rowCode(row);
        const typedName = rowTitle(row) ?? (code ? enumLabel(t, "catalogValues", code) : undefined);
        const rowName = typedName ?? t("catalogs.form.row", { n: index + 1 });
        // A folded card with a problem inside opens, so the message is seen where it is.
        const hasProblem = [...problems.keys()].some((key) => key === rowPath || key.startsWith(`${rowPath}.`));
        const heading: ReactNode = typedName ? `${index + 1}. ${typedName}` : rowName;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a row is its position in the document
          <details key={index} className="schema-card" open={hasProblem || undefined}>
            <summary>{heading}</summary>
            <Field
              schema={items}
              path={rowPath}
              title=""
              value={row}
              onChange={(next) => onChange(replaceAt(rows, index, next))}
            />
            <RowActions rows={rows} index={index} onChange={onChange} rowName={rowName} />
          </details>
        );
      })}
      <AddRow items={items} rows={rows} onChange={onChange} label={label} />
    </fieldset>
  );
}
