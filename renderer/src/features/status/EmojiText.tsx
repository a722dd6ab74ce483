import { useMemo } from 'react';
import { emojiMap, splitEmoji, type CustomEmoji } from './emoji';
import { useAnimate } from './motion';

/** Plain text with the entity's custom emoji drawn inline (names, content warnings, poll options). */
export function EmojiText({ text, emojis }: { text: string; emojis: readonly CustomEmoji[] }) {
  const animate = useAnimate();
  const segments = useMemo(() => splitEmoji(text, emojiMap(emojis, animate)), [text, emojis, animate]);
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === 'text' ? (
          segment.text
        ) : (
          <img
            key={index}
            className="emoji"
            src={segment.url}
            alt={`:${segment.shortcode}:`}
            title={`:${segment.shortcode}:`}
            draggable={false}
          />
        ),
      )}
    </>
  );
}
