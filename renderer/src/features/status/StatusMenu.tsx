import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import type { mastodon } from '../../mastodon';
import { Menu, type MenuItem } from '../../ui/Menu';
import { menuAnchor } from './menu-anchor';
import { openExternal } from './open-link';
import { relationshipQuery, useRelationshipChange } from './relationship';
import { useStatusComposer, useStatusScope } from './status-context';
import { useStatusActions } from './status.mutations';
import {
  columnWarningsToggled,
  confirmBoostToggled,
  statusNoticeShown,
  useColumnWarningsExpanded,
  useConfirmBoost,
} from './status.store';
import type { StatusDialog } from './StatusDialogs';
import { StatusIcon } from './StatusIcon';
import { StatusPopup } from './StatusPopup';

type Status = mastodon.v1.Status;

interface Props {
  /** The post as the actor sees it. */
  post: Status;
  actor: AccountSummary;
  reader: AccountSummary | undefined;
  /** The post as the reader sees it (where the link is the same for everyone). */
  readerPost: Status;
  mine: boolean;
  ready: boolean;
  onDialog(dialog: StatusDialog): void;
  onHistory(): void;
  onTranslate: (() => void) | undefined;
}

/** Copies text with the async clipboard, falling back to a hidden selection where it is not allowed. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

/**
 * The "…" button of a post. Its menu (and the hooks behind it: the relationship, the actions, the
 * preferences) exists only while open: every card has the button, few ever open it.
 */
export function StatusMenu(props: Props) {
  const { t } = useTranslation();
  const [from, setFrom] = useState<DOMRect>();
  return (
    <>
      <button
        type="button"
        className="status-action"
        aria-label={t('status.more')}
        aria-haspopup="menu"
        aria-expanded={from !== undefined}
        title={t('status.more')}
        onClick={(event) => setFrom(event.currentTarget.getBoundingClientRect())}
      >
        <StatusIcon name="more" size={17} />
      </button>
      {from && <StatusMenuOpen {...props} from={from} onClose={() => setFrom(undefined)} />}
    </>
  );
}

/** The menu itself: links, translation and history, one's own post's tools, and the author's. */
function StatusMenuOpen(props: Props & { from: DOMRect; onClose(): void }) {
  const { post, actor, reader, readerPost, mine, ready, onDialog } = props;
  const { t } = useTranslation();
  const composer = useStatusComposer();
  const scope = useStatusScope();
  const { toggle } = useStatusActions();
  const change = useRelationshipChange();
  const confirmBoost = useConfirmBoost();
  const warningsExpanded = useColumnWarningsExpanded(scope.columnId);
  const relationship = useQuery({ ...relationshipQuery(actor.id, post.account.id), enabled: !mine && ready });
  const link = readerPost.url ?? readerPost.uri;
  const author = post.account.acct;
  const acting = { actor, reader, post: readerPost };
  const authorActing = { actor, reader, target: post.account, targetSeenByActor: true };
  const rel = relationship.data;
  const participant = mine || post.mentions.some((mention) => mention.id === actor.remoteId);

  const items: (MenuItem | false | undefined)[] = [
    {
      label: t('status.copyLink'),
      onSelect: () => void copyText(link).then(() => statusNoticeShown({ kind: 'done', action: 'copied' })),
    },
    { label: t('status.openInBrowser'), onSelect: () => openExternal(link) },
    props.onTranslate && { label: t('status.translate'), onSelect: props.onTranslate },
    Boolean(readerPost.editedAt) && { label: t('status.showHistory'), onSelect: props.onHistory },
    ready &&
      participant && {
        label: post.muted ? t('status.unmuteConversation') : t('status.muteConversation'),
        onSelect: () => void toggle(acting, { kind: 'muteConversation', on: !post.muted }),
      },
    ready &&
      mine &&
      (post.visibility === 'public' || post.visibility === 'unlisted') && {
        label: post.pinned ? t('status.unpin') : t('status.pin'),
        onSelect: () => void toggle(acting, { kind: 'pin', on: !post.pinned }),
      },
    ready && mine && { label: t('status.edit'), onSelect: () => composer.edit(actor.id, post) },
    ready &&
      mine && { label: t('status.redraft'), danger: true, onSelect: () => composer.redraft(actor.id, post) },
    ready &&
      mine && {
        label: t('status.delete'),
        danger: true,
        onSelect: () => onDialog({ kind: 'delete', accountId: actor.id, post }),
      },
    ready &&
      !mine && {
        label:
          rel?.following || rel?.requested
            ? t('status.unfollow', { acct: author })
            : t('status.follow', { acct: author }),
        onSelect: () =>
          void change(authorActing, { kind: 'follow', on: !(rel?.following || rel?.requested) }),
      },
    ready &&
      !mine && {
        label: rel?.muting
          ? t('status.unmuteAuthor', { acct: author })
          : t('status.muteAuthor', { acct: author }),
        onSelect: () =>
          rel?.muting
            ? void change(authorActing, { kind: 'mute', on: false })
            : onDialog({ kind: 'mute', acting: authorActing }),
      },
    ready &&
      !mine && {
        label: rel?.blocking
          ? t('status.unblockAuthor', { acct: author })
          : t('status.blockAuthor', { acct: author }),
        danger: !rel?.blocking,
        onSelect: () =>
          rel?.blocking
            ? void change(authorActing, { kind: 'block', on: false })
            : onDialog({ kind: 'block', acting: authorActing }),
      },
    ready &&
      !mine && {
        label: t('status.reportAuthor', { acct: author }),
        danger: true,
        onSelect: () => onDialog({ kind: 'report', actor, post }),
      },
    { label: t('status.askBeforeBoosting'), checked: confirmBoost, onSelect: confirmBoostToggled },
    scope.columnId !== undefined && {
      label: t('status.expandWarnings'),
      checked: warningsExpanded,
      onSelect: () => columnWarningsToggled(scope.columnId!),
    },
  ];

  const shown = items.filter((item): item is MenuItem => Boolean(item));
  return (
    <StatusPopup>
      <Menu
        label={t('status.moreFor', { acct: readerPost.account.acct })}
        at={menuAnchor(props.from, shown.length, 'end')}
        items={shown}
        onClose={props.onClose}
      />
    </StatusPopup>
  );
}
