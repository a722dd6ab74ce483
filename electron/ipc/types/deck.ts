import { z } from 'zod';

export const columnTypeSchema = z.enum([
  'home',
  'notifications',
  'mentions',
  'local',
  'federated',
  'remote',
  'hashtag',
  'list',
  'profile',
  'bookmarks',
  'favourites',
  'direct',
  'trending',
  'search',
  'public-instance',
  /** The notifications of every signed-in account, merged (no `accountId`; optional `params.types`). */
  'all-notifications',
]);
export type ColumnType = z.output<typeof columnTypeSchema>;

export const columnSchema = z.object({
  id: z.string().min(1).max(100),
  /** The signed-in account this column reads as (absent only for `public-instance`). */
  accountId: z.string().min(1).max(400).optional(),
  type: columnTypeSchema,
  /** Type-specific parameters: tags + mode for hashtag, listId, accountId for profile, query, instance URL… */
  params: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.boolean()])).default({}),
  title: z.string().max(200).optional(),
  width: z.enum(['narrow', 'normal', 'wide']).default('normal'),
  options: z
    .object({ hideBoosts: z.boolean(), hideReplies: z.boolean(), mediaOnly: z.boolean() })
    .partial()
    .default({}),
  /** Newest post id the reader has seen in this column (local read marker). */
  lastReadId: z.string().max(100).optional(),
});
export type Column = z.output<typeof columnSchema>;

export const workspaceSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(100),
  columns: z.array(columnSchema).max(500),
});
export type Workspace = z.output<typeof workspaceSchema>;

export const deckLayoutSchema = z.object({
  version: z.literal(1).default(1),
  activeWorkspaceId: z.string().min(1).max(100),
  workspaces: z.array(workspaceSchema).min(1).max(50),
});
export type DeckLayout = z.output<typeof deckLayoutSchema>;
export type DeckLayoutInput = z.input<typeof deckLayoutSchema>;
