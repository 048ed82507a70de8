import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from "react";

export interface TabItem {
  id: string;
  label: ReactNode;
  panel: ReactNode;
}

/**
 * Tabs (WAI-ARIA tabs pattern): one tab stop, arrow keys, Home and End move between tabs. Every panel
 * stays mounted (hidden when not chosen), so each keeps its page, filters and selection.
 */
export function Tabs({ label, items, initial, testId }: { label: string; items: TabItem[]; initial?: string; testId?: string }) {
  const baseId = useId();
  const [current, setCurrent] = useState(initial ?? items[0]?.id ?? "");
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = items.length - 1;
    const next =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setCurrent(items[next]!.id);
    buttons.current[next]?.focus();
  };
  return (
    <div className="tabs" data-testid={testId}>
      <div role="tablist" aria-label={label} className="tab-list">
        {items.map((item, index) => (
          <button
            key={item.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${item.id}`}
            aria-controls={`${baseId}-panel-${item.id}`}
            aria-selected={current === item.id}
            tabIndex={current === item.id ? 0 : -1}
            className="tab"
            data-testid={`tab-${item.id}`}
            onClick={() => setCurrent(item.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {item.label}
          </button>
        ))}
      </div>
      {items.map((item) => (
        <div
          key={item.id}
          role="tabpanel"
          id={`${baseId}-panel-${item.id}`}
          aria-labelledby={`${baseId}-tab-${item.id}`}
          hidden={current !== item.id}
          className="tab-panel"
        >
          {item.panel}
        </div>
      ))}
    </div>
  );
}
