import { useEffect, useRef, type ReactNode } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  danger?: boolean;
  disabled?: boolean;
  /** Makes the item a checkbox item (role menuitemcheckbox). */
  checked?: boolean;
}

interface MenuProps {
  label: string;
  items: MenuItem[];
  header?: ReactNode;
  onClose: () => void;
  /** Where to draw the menu, in viewport pixels (usually beside the button that opened it). */
  at: { top: number; left: number };
}

/** A popup menu: arrow keys move, Enter picks, Escape or a click elsewhere closes. */
export function Menu({ label, items, header, onClose, at }: MenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role^="menuitem"]:not([disabled])')?.focus();
    const outside = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [onClose]);

  const move = (delta: number) => {
    const entries = [
      ...(ref.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]:not([disabled])') ?? []),
    ];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    entries[(index + delta + entries.length) % entries.length]?.focus();
  };

  return (
    <div
      ref={ref}
      className="menu"
      role="menu"
      aria-label={label}
      style={{ top: at.top, left: at.left }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown') move(1);
        else if (event.key === 'ArrowUp') move(-1);
        else if (event.key === 'Escape') onClose();
        else return;
        event.preventDefault();
      }}
    >
      {header && <div className="menu-header">{header}</div>}
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
          aria-checked={item.checked}
          className={item.danger ? 'menu-item menu-item-danger' : 'menu-item'}
          disabled={item.disabled}
          onClick={() => {
            onClose();
            item.onSelect();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
