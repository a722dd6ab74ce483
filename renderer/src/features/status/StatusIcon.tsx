import '../../styles/status.css';
import { glyphs, type GlyphName } from '../../ui/glyphs';
import { pathAtSize, strokeAtSize } from './icon-path';

/** Icons drawn filled when their action is on (a favourited star, a bookmarked post). */
const fillable = new Set<string>(['star', 'bookmark', 'play']);

export type StatusIconName = GlyphName;

/**
 * Drawn at its own size, without a viewBox (see icon-path.ts). Fill, caps and joins come from
 * `.status-icon` in status.css rather than attributes: a card draws eight icons, and setting five
 * presentation attributes on each was the costliest DOM call while a busy stream mounted cards.
 */
export function StatusIcon({
  name,
  size = 14,
  label,
  filled = false,
}: {
  name: StatusIconName;
  size?: number;
  label?: string;
  filled?: boolean;
}) {
  return (
    <svg
      className={
        name === 'play' || (filled && fillable.has(name)) ? 'status-icon status-icon-filled' : 'status-icon'
      }
      width={size}
      height={size}
      strokeWidth={strokeAtSize(size)}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      {label && <title>{label}</title>}
      <path d={pathAtSize(glyphs[name], size)} />
    </svg>
  );
}
