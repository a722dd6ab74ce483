import { z } from 'zod';

/**
 * What a desktop alert may be about, as the user switches them on and off. Mastodon's notification types
 * fold into these (`quoted_update` is an edit, admin types are `admin`, moderation of your own account is
 * `account`), so a type added by a newer server still lands in a switch the user has seen.
 */
export const alertCategorySchema = z.enum([
  'mention',
  'status',
  'reblog',
  'favourite',
  'follow',
  'follow_request',
  'poll',
  'update',
  'quote',
  'admin',
  'account',
]);
export type AlertCategory = z.output<typeof alertCategorySchema>;

/**
 * Desktop alerts and the icon badge. Switches are kept as "off" lists so new accounts and types alert.
 * Every field is required (the renderer always sends the whole object); the renderer's defaults apply
 * until the user first changes something.
 */
export const alertSettingsSchema = z.object({
  /** Desktop alerts at all. */
  enabled: z.boolean(),
  /** Do not disturb: no alerts until switched off (badges keep counting). */
  doNotDisturb: z.boolean(),
  /** Accounts whose notifications never alert. */
  mutedAccounts: z.array(z.string().min(1).max(400)).max(200),
  mutedCategories: z.array(alertCategorySchema).max(20),
  /** The unread count on the dock / taskbar / launcher icon. */
  badge: z.boolean(),
});
export type AlertSettings = z.output<typeof alertSettingsSchema>;

/** `notify.show`: one desktop notification. `tag` comes back in `notification.clicked`. */
export const notifyShowSchema = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().max(1000),
  tag: z.string().min(1).max(1000).optional(),
});
export type NotifyShowInput = z.input<typeof notifyShowSchema>;

/** `app.setBadge`: the unread count on the app icon (0 clears it). */
export const badgeSchema = z.object({ count: z.number().int().min(0).max(1_000_000) });
