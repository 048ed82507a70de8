import type { ReactNode } from "react";

/**
 * The box a table scrolls in when it is wider than the screen. It takes focus, so a keyboard user can
 * scroll it with the arrow keys (axe: scrollable-region-focusable).
 */
export function TableScroll({ children }: { children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box must be focusable to scroll by keyboard.
    <div className="table-scroll" tabIndex={0}>
      {children}
    </div>
  );
}
