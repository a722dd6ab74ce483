/** Posts as every list shows them: the card, its actions (as any account), and what they need. */
export { absoluteTime, relativeTime, useNow } from './relative-time';
export { EmojiHtml } from './EmojiHtml';
export { EmojiText } from './EmojiText';
export { StatusCard, type StatusCardProps } from './StatusCard';
export { StatusIcon } from './StatusIcon';
export { StatusNotices } from './StatusNotices';
export { StatusAccountMenu } from './StatusActAs';
export { StatusReportDialog } from './StatusReportDialog';
export { activeFilterResults, showVerdict, verdictOf, type FilterVerdict } from './status-filter';
export { useAnimate } from './motion';
export { openExternal } from './open-link';
export { menuAnchor } from './menu-anchor';
export {
  StatusEnvironmentProvider,
  StatusScopeProvider,
  useStatusNavigation,
  useStatusScope,
  type ProfileTarget,
  type StatusComposer,
  type StatusEnvironment,
  type StatusNavigation,
  type StatusScope,
  type StatusWriter,
} from './status-context';
export { relationshipQuery, useRelationshipChange, type RelationshipChange } from './relationship';
export { statusNoticeShown } from './status.store';
export { patchStatus, statusChangeOf, statusWithout, type StatusChange } from './status-versions';
