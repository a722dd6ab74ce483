import '../../styles/status.css';
import { pathAtSize, strokeAtSize } from './icon-path';

/** The few extra stroke icons a post needs, on the same 24px grid as ui/Icon. */
const paths = {
  boost: 'M4 9V7a2 2 0 0 1 2-2h11l-3-3M20 15v2a2 2 0 0 1-2 2H7l3 3',
  lock: 'M6 11h12v10H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  mail: 'M3 6h18v12H3zM3 7l9 6 9-6',
  moon: 'M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z',
  play: 'M8 5v14l11-7z',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  eyeOff:
    'M3 3l18 18M10.6 10.6a2 2 0 0 0 2.8 2.8M9.9 5.1A9.8 9.8 0 0 1 12 5c5 0 9 5 9 7a11 11 0 0 1-2.6 3.5M6.3 6.3C4.2 7.7 3 10 3 12c0 2 4 7 9 7a9.7 9.7 0 0 0 4.2-1',
  music: 'M9 18V5l11-2v13M9 18a3 3 0 1 1-6 0 3 3 0 0 1 6 0zM20 16a3 3 0 1 1-6 0 3 3 0 0 1 6 0z',
  file: 'M6 3h8l4 4v14H6zM14 3v4h4',
  quote: 'M7 7h4v4c0 3-2 5-4 6M14 7h4v4c0 3-2 5-4 6',
  reply: 'M10 8L4 13l6 5M4 13h10a6 6 0 0 1 6 6v1',
  star: 'M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z',
  bookmark: 'M6.5 4h11v16.5L12 16.8l-5.5 3.7z',
  more: 'M5 12h.01M12 12h.01M19 12h.01',
  pin: 'M9 4h6l-1 6 3 3H7l3-3zM12 13v7',
  history: 'M4 12a8 8 0 1 0 2.4-5.7M4 4v4h4M12 8v4l3 2',
  translate: 'M4 5h8M8 3v2M6 5c0 4 2 7 5 8M10 5c0 4-2.5 7-6 8.5M13 20l4-9 4 9M14.5 17h5',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1',
  external: 'M14 4h6v6M20 4l-9 9M18 14v5H5V6h5',
  switch: 'M7 4L3 8l4 4M3 8h13M17 12l4 4-4 4M21 16H8',
  verified:
    'M12 3l2.2 1.6 2.7-.1.8 2.6 2.2 1.6-.9 2.6.9 2.6-2.2 1.6-.8 2.6-2.7-.1L12 21l-2.2-1.6-2.7.1-.8-2.6-2.2-1.6.9-2.6-.9-2.6 2.2-1.6.8-2.6 2.7.1zM8.5 12l2.3 2.3 4.7-4.6',
  close: 'M6 6l12 12M18 6L6 18',
  chevronLeft: 'M15 6l-6 6 6 6',
  chevronRight: 'M9 6l6 6-6 6',
  zoomIn: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4M11 8v6M8 11h6',
  zoomOut: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4M8 11h6',
  bell: 'M6 16V11a6 6 0 1 1 12 0v5l2 2H4l2-2zM10 20a2 2 0 0 0 4 0',
  bellOn:
    'M6 16V11a6 6 0 1 1 12 0v5l2 2H4l2-2zM10 20a2 2 0 0 0 4 0M3 6.5A9 9 0 0 1 5.5 3M21 6.5A9 9 0 0 0 18.5 3',
} as const;

/** Icons drawn filled when their action is on (a favourited star, a bookmarked post). */
const fillable = new Set<string>(['star', 'bookmark', 'play']);

export type StatusIconName = keyof typeof paths;

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
      <path d={pathAtSize(paths[name], size)} />
    </svg>
  );
}
