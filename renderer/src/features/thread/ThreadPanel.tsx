import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { toMastoFailure, useMastoFailureText } from '../../mastodon';
import { SidePanel } from '../../ui/SidePanel';
import { StatusCard, StatusScopeProvider } from '../status';
import { threadRows, type ThreadRow } from './thread-tree';
import { useThreadLive } from './thread.live';
import { threadQuery } from './thread.queries';
import '../../styles/thread.css';

interface Props {
  accountId: string;
  statusId: string;
  back: { label: string; onBack(): void } | undefined;
  onClose(): void;
}

function ThreadItem({ row }: { row: ThreadRow }) {
  const { t } = useTranslation();
  return (
    <article
      className={`thread-row thread-row-${row.kind}`}
      style={{ '--depth': row.depth } as React.CSSProperties}
      aria-current={row.kind === 'focused' ? 'true' : undefined}
      aria-label={t('thread.rowLabel', {
        name: row.status.account.displayName || row.status.account.username,
        kind: t(`thread.kind.${row.kind}`),
      })}
      data-depth={row.depth}
      tabIndex={row.kind === 'focused' ? -1 : undefined}
    >
      <StatusCard status={row.status} variant={row.kind === 'focused' ? 'focused' : 'feed'} />
    </article>
  );
}

/**
 * A post in its conversation: what it answers above, the replies nested below, the post itself highlighted
 * and scrolled into view; new replies, edits and deletions appear while it is open.
 */
export function ThreadPanel({ accountId, statusId, back, onClose }: Props) {
  const { t } = useTranslation();
  const failureText = useMastoFailureText();
  const query = useQuery(threadQuery(accountId, statusId));
  useThreadLive(accountId, statusId);
  const rows = useMemo(() => (query.data ? threadRows(query.data) : []), [query.data]);
  const focusedRef = useRef<HTMLDivElement>(null);
  const loaded = query.data?.loaded === true;
  const ancestors = query.data?.ancestors.length ?? 0;

  // Bring the focused post into view once what it answers has been laid out above it.
  useEffect(() => {
    focusedRef.current?.querySelector('.thread-row-focused')?.scrollIntoView({ block: 'start' });
  }, [statusId, loaded, ancestors]);

  return (
    <SidePanel title={t('thread.title')} closeLabel={t('thread.close')} onClose={onClose} back={back}>
      <StatusScopeProvider value={{ accountId }}>
        {query.isError && !query.data && (
          <p className="thread-state" role="alert">
            {failureText(toMastoFailure(query.error))}
          </p>
        )}
        {query.isPending && <p className="thread-state">{t('thread.loading')}</p>}
        {query.data?.deleted && <p className="thread-state">{t('thread.deleted')}</p>}
        <div
          className="thread"
          ref={focusedRef}
          role="feed"
          aria-busy={!loaded}
          aria-label={t('thread.label')}
        >
          {rows.map((row) => (
            <ThreadItem key={row.status.id} row={row} />
          ))}
        </div>
        {query.data && !loaded && <p className="thread-state">{t('thread.loadingReplies')}</p>}
        {loaded && query.data && query.data.descendants.length === 0 && (
          <p className="thread-state thread-empty">{t('thread.noReplies')}</p>
        )}
      </StatusScopeProvider>
    </SidePanel>
  );
}
