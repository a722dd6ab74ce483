import type { MouseEvent } from 'react';
import { StatusIcon, type StatusIconName } from './StatusIcon';

interface Props {
  icon: StatusIconName;
  label: string;
  count?: number | undefined;
  /** A toggle (favourite, boost, bookmark): announced as pressed, drawn in its colour. */
  pressed?: boolean | undefined;
  tone?: 'boost' | 'favourite' | 'bookmark' | undefined;
  disabled?: boolean;
  busy?: boolean;
  /** A short hint after the label ("Alt+click: as another account"). */
  hint?: string | undefined;
  onAct(): void;
  /** Alt+click or right-click: do it as another account (a chooser opens at the button). */
  onActAs?: ((anchor: DOMRect) => void) | undefined;
}

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/** One button of a post's action bar, with its count. */
export function StatusActionButton({
  icon,
  label,
  count,
  pressed,
  tone,
  disabled = false,
  busy = false,
  hint,
  onAct,
  onActAs,
}: Props) {
  const chooser = (event: MouseEvent<HTMLButtonElement>) => {
    if (!onActAs) return false;
    event.preventDefault();
    onActAs(event.currentTarget.getBoundingClientRect());
    return true;
  };
  return (
    <button
      type="button"
      className={`status-action${tone ? ` status-action-${tone}` : ''}`}
      aria-label={label}
      aria-pressed={pressed}
      aria-busy={busy || undefined}
      title={hint ? `${label} · ${hint}` : label}
      disabled={disabled}
      onClick={(event) => {
        if (event.altKey && chooser(event)) return;
        if (!busy) onAct();
      }}
      onContextMenu={(event) => {
        if (!disabled) chooser(event);
      }}
    >
      <StatusIcon name={icon} size={17} filled={pressed === true} />
      {count !== undefined && count > 0 && (
        <span className="status-action-count" aria-hidden="true">
          {compact.format(count)}
        </span>
      )}
    </button>
  );
}
