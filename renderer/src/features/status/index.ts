/** Posts as the columns show them (first version of the card: no actions yet). */
export { absoluteTime, relativeTime, useNow } from './relative-time';
export { EmojiText } from './EmojiText';
export { StatusCard, type StatusCardProps } from './StatusCard';
export { showVerdict, type FilterVerdict } from './status-filter';
export { useAnimate } from './motion';
