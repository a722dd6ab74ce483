import type { GlyphName } from '../../ui/glyphs';
import { StatusIcon } from '../status';
import type { NotificationType } from './notification-kinds';

/** The glyph of each kind of notification (favourites draw their star filled). */
export function iconOfType(type: NotificationType): GlyphName {
  switch (type) {
    case 'mention':
      return 'at';
    case 'status':
      return 'bell';
    case 'reblog':
      return 'boost';
    case 'favourite':
      return 'star';
    case 'follow':
    case 'admin.sign_up':
      return 'userPlus';
    case 'follow_request':
      return 'userWaiting';
    case 'poll':
    case 'quote':
      return type;
    case 'update':
    case 'quoted_update':
      return 'pen';
    case 'admin.report':
      return 'shield';
    default:
      return 'alert';
  }
}

export function NotificationsIcon({ name, size = 16 }: { name: GlyphName; size?: number }) {
  return <StatusIcon name={name} size={size} filled={name === 'star'} />;
}
