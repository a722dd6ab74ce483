import { useEffect, useRef, type ReactNode } from 'react';
import { Icon } from './Icon';
import '../styles/side-panel.css';

interface SidePanelProps {
  title: string;
  closeLabel: string;
  onClose(): void;
  /** Shown as a back arrow when the panel replaced another one. */
  back?: { label: string; onBack(): void } | undefined;
  /** Buttons at the right of the header, before the close button. */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * A panel over the right side of the deck (a thread, a profile): not modal, so the columns stay usable;
 * it takes the focus when it opens and Escape closes it.
 */
export function SidePanel({ title, closeLabel, onClose, back, actions, children }: SidePanelProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <aside
      ref={ref}
      className="side-panel"
      aria-label={title}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        if (event.target instanceof HTMLElement && event.target.closest('dialog, .menu')) return;
        event.preventDefault();
        onClose();
      }}
    >
      <header className="side-panel-header">
        {back && (
          <button type="button" className="icon-button" aria-label={back.label} onClick={back.onBack}>
            <Icon name="chevronLeft" />
          </button>
        )}
        <h2>{title}</h2>
        <span className="side-panel-actions">{actions}</span>
        <button type="button" className="icon-button" aria-label={closeLabel} onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      <div className="side-panel-body">{children}</div>
    </aside>
  );
}
