import { type RefObject, useCallback, useEffect, useId, useRef, useState } from "react";

export interface TimelineToggle {
  isOpen: boolean;
  panelId: string;
  panelRef: RefObject<HTMLElement | null>;
  /** Opens the panel if needed and moves focus (and the view) to it. */
  open: () => void;
  close: () => void;
}

/** The state behind a "Historial" button that opens a timeline panel placed elsewhere on the page. */
export function useTimelineToggle(): TimelineToggle {
  const [isOpen, setOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const panelRef = useRef<HTMLElement | null>(null);
  const panelId = useId();

  useEffect(() => {
    if (focusRequest === 0) return;
    panelRef.current?.focus();
    panelRef.current?.scrollIntoView({ block: "start" });
  }, [focusRequest]);

  const open = useCallback(() => {
    setOpen(true);
    setFocusRequest((count) => count + 1);
  }, []);
  const close = useCallback(() => setOpen(false), []);
  return { isOpen, panelId, panelRef, open, close };
}
