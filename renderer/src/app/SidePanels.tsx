import { useTranslation } from '../i18n/use-translation';
import { columnAdded } from '../features/deck';
import { MediaLightboxHost } from '../features/media';
import { ProfilePanel } from '../features/profile';
import { StatusNotices } from '../features/status';
import { ThreadPanel } from '../features/thread';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { sidePanelBack, sidePanelClosed, useSideHistory, useSidePanel } from '../ui/panel.store';

/** What opens over the deck from a post: the thread or profile panel, the media lightbox, action notices. */
export function SidePanels() {
  const { t } = useTranslation();
  const side = useSidePanel();
  const history = useSideHistory();
  const back = history.length > 0 ? { label: t('status.back'), onBack: sidePanelBack } : undefined;
  return (
    <>
      {side && (
        <ErrorBoundary>
          {side.kind === 'thread' ? (
            <ThreadPanel
              key={`${side.accountId}/${side.statusId}`}
              accountId={side.accountId}
              statusId={side.statusId}
              back={back}
              onClose={sidePanelClosed}
            />
          ) : (
            <ProfilePanel
              key={`${side.accountId}/${side.profile.id ?? side.profile.acct}`}
              accountId={side.accountId}
              target={side.profile}
              back={back}
              onClose={sidePanelClosed}
              onOpenColumn={(column) => {
                columnAdded(column);
                sidePanelClosed();
              }}
            />
          )}
        </ErrorBoundary>
      )}
      <ErrorBoundary>
        <MediaLightboxHost />
      </ErrorBoundary>
      <StatusNotices />
    </>
  );
}
