/** The one place that talks to Mastodon instances: clients, the stream hub, typed errors. */
export type { mastodon } from 'masto';
export { accountForgotten, accountReauthorized, authExpired, streamHubFor } from './account-session';
export {
  clientFor,
  clientRegistry,
  normalizeInstanceUrl,
  publicClientFor,
  type MastoClients,
} from './client-registry';
export { compareIds, isNewer, newerId } from './ids';
export { instanceQuery, type ServerInstance } from './instance-query';
export { parseLinkHeader, type Cursor } from './link-header';
export { changePending, withPendingChanges, type PendingChange } from './pending-changes';
export { withAccount, withPublicInstance } from './masto-call';
export {
  isTransient,
  MastoFailureError,
  toMastoFailure,
  type MastoFailure,
  type MastoFailureKind,
} from './masto-errors';
export {
  streamKey,
  type ResyncReason,
  type StreamEvent,
  type StreamListener,
  type StreamPhase,
  type StreamSpec,
  type StreamState,
} from './stream-hub';
export { useMastoFailureText } from './use-masto-failure-text';
export { useRest } from './use-rest';
