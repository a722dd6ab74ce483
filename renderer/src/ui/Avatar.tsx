import { useState } from 'react';

interface AvatarProps {
  src: string;
  staticSrc: string;
  size?: number;
  /** Animated avatars play on hover only, and never when the user reduced motion. */
  animate?: boolean;
  alt?: string;
  ring?: string;
}

export function Avatar({ src, staticSrc, size = 40, animate = true, alt = '', ring }: AvatarProps) {
  const [hover, setHover] = useState(false);
  return (
    <img
      className="avatar"
      src={hover && animate ? src : staticSrc}
      width={size}
      height={size}
      alt={alt}
      loading="lazy"
      decoding="async"
      draggable={false}
      style={ring ? { boxShadow: `0 0 0 2px var(--rail), 0 0 0 4px ${ring}` } : undefined}
      onMouseEnter={() => setHover(true)}
      onMouseLeave={() => setHover(false)}
    />
  );
}
