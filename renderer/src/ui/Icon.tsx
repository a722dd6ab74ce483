import { glyphs, type GlyphName } from './glyphs';

export type IconName = GlyphName;

/** A glyph of the shell and composer, scaled from its 24px grid; decorative unless labelled. */
export function Icon({ name, label, size = 20 }: { name: IconName; label?: string; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <path d={glyphs[name]} />
    </svg>
  );
}
