import type { NotificationType } from './notification-kinds';

/** One glyph per kind of notification, on the same 24px stroke grid as ui/Icon. */
const paths = {
  mention: 'M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0zM16 12v1.5a2.5 2.5 0 0 0 5 0V12a9 9 0 1 0-3.5 7.1',
  status: 'M6 16V11a6 6 0 1 1 12 0v5l2 2H4l2-2zM10 20a2 2 0 0 0 4 0',
  reblog: 'M4 9V7a2 2 0 0 1 2-2h11l-3-3M20 15v2a2 2 0 0 1-2 2H7l3 3',
  favourite: 'M12 3l2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3 6.4 20.2l1.1-6.2L3 9.6l6.2-.9z',
  follow: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 14 0M19 8v6M16 11h6',
  followRequest:
    'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 13-3.6M19 14v3l2 1.5M19 22a5 5 0 1 0 0-10 5 5 0 0 0 0 10z',
  poll: 'M5 20V10M12 20V4M19 20v-7',
  update: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
  quote: 'M7 7h4v4c0 3-2 5-4 6M14 7h4v4c0 3-2 5-4 6',
  shield: 'M12 3l8 3v6c0 4.5-3.4 8.3-8 9-4.6-.7-8-4.5-8-9V6z',
  alert: 'M12 8v5M12 16.5v.5M10.3 3.9L2.4 18a2 2 0 0 0 1.7 3h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z',
  filter: 'M3 5h18l-7 8v6l-4 2v-8z',
  check: 'M5 12.5l4.5 4.5L19 7.5',
} as const;

export type NotificationsIconName = keyof typeof paths;

export function iconOfType(type: NotificationType): NotificationsIconName {
  switch (type) {
    case 'mention':
    case 'status':
    case 'reblog':
    case 'favourite':
    case 'follow':
    case 'poll':
    case 'update':
    case 'quote':
      return type;
    case 'follow_request':
      return 'followRequest';
    case 'quoted_update':
      return 'update';
    case 'admin.sign_up':
      return 'follow';
    case 'admin.report':
      return 'shield';
    default:
      return 'alert';
  }
}

export function NotificationsIcon({ name, size = 16 }: { name: NotificationsIconName; size?: number }) {
  return (
    <svg
      className="notifications-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill={name === 'favourite' ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={paths[name]} />
    </svg>
  );
}
