import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import type { mastodon } from '../../mastodon';
import { Menu } from '../../ui/Menu';
import {
  menuAnchor,
  openExternal,
  StatusAccountMenu,
  StatusIcon,
  StatusReportDialog,
  useRelationshipChange,
} from '../status';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Icon } from '../../ui/Icon';

type Account = mastodon.v1.Account;
type Relationship = mastodon.v1.Relationship;

interface Props {
  account: Account;
  reader: AccountSummary;
  accounts: AccountSummary[];
  relationship: Relationship | null | undefined;
  onOpenColumn(): void;
}

/** Follow (or as another account, with Alt+click or a right-click), the bell, and the profile's menu. */
export function ProfileActions({ account, reader, accounts, relationship: rel, onOpenColumn }: Props) {
  const { t } = useTranslation();
  const change = useRelationshipChange();
  const [menuAt, setMenuAt] = useState<{ top: number; left: number }>();
  const [asAt, setAsAt] = useState<{ top: number; left: number }>();
  const [dialog, setDialog] = useState<'block' | 'mute' | 'report'>();
  const acting = { actor: reader, reader, target: account };
  const self = reader.remoteId === account.id;
  const following = rel?.following === true || rel?.requested === true;
  const followLabel = rel?.blocking
    ? t('profile.unblock')
    : rel?.requested
      ? t('profile.cancelRequest')
      : rel?.following
        ? t('profile.unfollow')
        : t('profile.follow');
  const onFollow = () =>
    void change(acting, rel?.blocking ? { kind: 'block', on: false } : { kind: 'follow', on: !following });
  const link = account.url;

  const items = [
    ...(link ? [{ label: t('status.openInBrowser'), onSelect: () => openExternal(link) }] : []),
    ...(self
      ? []
      : [
          {
            label: rel?.muting
              ? t('status.unmuteAuthor', { acct: account.acct })
              : t('status.muteAuthor', { acct: account.acct }),
            onSelect: () =>
              rel?.muting ? void change(acting, { kind: 'mute', on: false }) : setDialog('mute'),
          },
          {
            label: rel?.blocking
              ? t('status.unblockAuthor', { acct: account.acct })
              : t('status.blockAuthor', { acct: account.acct }),
            danger: !rel?.blocking,
            onSelect: () =>
              rel?.blocking ? void change(acting, { kind: 'block', on: false }) : setDialog('block'),
          },
          {
            label: t('status.reportAuthor', { acct: account.acct }),
            danger: true,
            onSelect: () => setDialog('report'),
          },
        ]),
  ];

  return (
    <>
      {!self && rel !== undefined && (
        <button
          type="button"
          className={following || rel?.blocking ? 'button button-quiet' : 'button button-primary'}
          title={accounts.length > 1 ? `${followLabel} · ${t('status.actAsModifier')}` : followLabel}
          onClick={(event) => {
            if (event.altKey && accounts.length > 1)
              setAsAt(menuAnchor(event.currentTarget.getBoundingClientRect(), accounts.length + 1));
            else onFollow();
          }}
          onContextMenu={(event) => {
            if (accounts.length < 2) return;
            event.preventDefault();
            setAsAt(menuAnchor(event.currentTarget.getBoundingClientRect(), accounts.length + 1));
          }}
        >
          {followLabel}
        </button>
      )}
      {rel?.following && (
        <button
          type="button"
          className="icon-button profile-bell"
          aria-pressed={rel.notifying}
          aria-label={t('profile.notify')}
          title={t('profile.notify')}
          onClick={() => void change(acting, { kind: 'notify', on: !rel.notifying })}
        >
          <StatusIcon name={rel.notifying ? 'bellOn' : 'bell'} size={18} />
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={t('profile.openAsColumn')}
        title={t('profile.openAsColumn')}
        onClick={onOpenColumn}
      >
        <Icon name="columns" size={18} />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('profile.more')}
        aria-haspopup="menu"
        onClick={(event) =>
          setMenuAt(menuAnchor(event.currentTarget.getBoundingClientRect(), items.length, 'end'))
        }
      >
        <StatusIcon name="more" size={18} />
      </button>
      {menuAt && (
        <Menu label={t('profile.more')} at={menuAt} items={items} onClose={() => setMenuAt(undefined)} />
      )}
      {asAt && (
        <StatusAccountMenu
          title={t('profile.followAs')}
          accounts={accounts}
          at={asAt}
          onPick={(actor) => void change({ actor, reader, target: account }, { kind: 'follow', on: true })}
          onClose={() => setAsAt(undefined)}
        />
      )}
      {(dialog === 'mute' || dialog === 'block') && (
        <ConfirmDialog
          title={t(dialog === 'mute' ? 'status.confirmMuteTitle' : 'status.confirmBlockTitle', {
            acct: account.acct,
          })}
          body={t(dialog === 'mute' ? 'status.confirmMuteBody' : 'status.confirmBlockBody', {
            acct: reader.acct,
          })}
          confirmLabel={t(dialog === 'mute' ? 'status.mute' : 'status.block')}
          cancelLabel={t('status.cancel')}
          danger={dialog === 'block'}
          onCancel={() => setDialog(undefined)}
          onConfirm={() => {
            setDialog(undefined);
            void change(acting, { kind: dialog, on: true });
          }}
        />
      )}
      {dialog === 'report' && (
        <StatusReportDialog actor={reader} account={account} onClose={() => setDialog(undefined)} />
      )}
    </>
  );
}
