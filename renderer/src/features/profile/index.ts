/** Profiles: an account's header, bio, fields, relationship and posts, in a side panel. */
export { ProfilePanel } from './ProfilePanel';
export type { ProfileTarget } from './profile.queries';
