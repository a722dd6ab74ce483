import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { toMastoFailure, type mastodon } from '../../mastodon';
import { useActorCopy, type ActorCopy } from './act-as';
import { StatusAccountMenu, StatusActAs } from './StatusActAs';
import { StatusActionButton } from './StatusActionButton';
import { canBoost, canQuote, isOn, type StatusActionKind } from './status-actions';
import { useStatusComposer } from './status-context';
import { actorCopy, useStatusActions } from './status.mutations';
import { statusNoticeShown, useConfirmBoost } from './status.store';
import { StatusDialogs, type StatusDialog } from './StatusDialogs';
import { StatusMenu } from './StatusMenu';
import { menuAnchor } from './menu-anchor';

type Status = mastodon.v1.Status;
type BarAction = 'reply' | 'quote' | Extract<StatusActionKind, 'favourite' | 'boost' | 'bookmark'>;

interface Props {
  /** The post as the reader sees it (for a boost, the boosted post). */
  post: Status;
  reader: AccountSummary | undefined;
  accounts: AccountSummary[];
  /** Show the edit history, or the translation (the card holds these). */
  onHistory(): void;
  onTranslate: (() => void) | undefined;
}

const own = (account: AccountSummary, post: Status) => account.remoteId === post.account.id;

interface BarProps extends Props {
  actor: AccountSummary;
  onActor(account: AccountSummary): void;
  actions: ReturnType<typeof useStatusActions>;
  dialog: StatusDialog | undefined;
  onDialog(dialog: StatusDialog | undefined): void;
}

/**
 * What a reader can do with a post, as any signed-in account: the bar acts as the column's account unless
 * another is picked in the chooser at its end (it then shows that account's view of the post), and
 * Alt+click or a right-click on a button does that one thing as another account.
 */
export function StatusActions(props: Props) {
  const { reader, accounts } = props;
  const [actorId, setActorId] = useState(reader?.id);
  // Held here rather than in the bar, which is drawn anew when it starts or stops acting as another
  // account: a request in flight (its button busy) and an open dialog outlive that.
  const actions = useStatusActions();
  const [dialog, setDialog] = useState<StatusDialog>();
  const actor = accounts.find((a) => a.id === actorId) ?? reader ?? accounts[0];
  if (!actor) return null;
  const bar: BarProps = {
    ...props,
    actor,
    onActor: (account) => setActorId(account.id),
    actions,
    dialog,
    onDialog: setDialog,
  };
  if (actor.id === reader?.id)
    return <ActionBar {...bar} resolved={{ copy: props.post, error: undefined, loading: false }} />;
  return <ActionBarAsOther {...bar} />;
}

/** Acting as another account: its own copy of the post, resolved on its server, drives the buttons. */
function ActionBarAsOther(props: BarProps) {
  const resolved = useActorCopy(props.actor, props.reader, props.post);
  return <ActionBar {...props} resolved={resolved} />;
}

function ActionBar({
  post,
  reader,
  accounts,
  onHistory,
  onTranslate,
  actor,
  onActor,
  actions: { toggle, busy, deps },
  dialog,
  onDialog: setDialog,
  resolved: { copy, error, loading },
}: BarProps & { resolved: ActorCopy }) {
  const { t } = useTranslation();
  const composer = useStatusComposer();
  const confirmBoost = useConfirmBoost();
  const [asMenu, setAsMenu] = useState<{ action: BarAction; at: { top: number; left: number } }>();

  /** Does `action` as `who` on `seen` (their own copy of the post). */
  const perform = (action: BarAction, who: AccountSummary, seen: Status) => {
    const acting = { actor: who, reader, post };
    if (action === 'reply') return composer.reply(who.id, seen);
    if (action === 'quote') return composer.quote(who.id, seen);
    const on = !isOn(seen, action);
    if (action === 'boost' && on && confirmBoost) return setDialog({ kind: 'boost', acting });
    void toggle(acting, { kind: action, on });
  };

  const performAs = async (action: BarAction, who: AccountSummary) => {
    try {
      perform(action, who, await actorCopy(deps, { actor: who, reader, post }));
    } catch (failure) {
      statusNoticeShown({ kind: 'unresolved', as: `@${who.acct}`, failure: toMastoFailure(failure) });
    }
  };

  const seen = copy ?? post;
  const ready = copy !== undefined;
  const other = actor.id !== reader?.id;
  const hint = accounts.length > 1 ? t('status.actAsModifier') : undefined;
  const button = (action: BarAction) => ({
    disabled: !ready,
    busy: busy.includes(`${actor.id}:${action}`),
    hint,
    onAct: () => perform(action, actor, seen),
    onActAs:
      accounts.length > 1
        ? (anchor: DOMRect) => setAsMenu({ action, at: menuAnchor(anchor, accounts.length + 1) })
        : undefined,
  });

  return (
    <div
      className={`status-actions${other ? ' status-actions-other' : ''}`}
      style={other ? ({ '--actor-color': actor.color } as React.CSSProperties) : undefined}
      role="group"
      aria-label={t('status.actions')}
      aria-busy={loading || undefined}
    >
      <StatusActionButton
        icon="reply"
        label={t('status.reply')}
        count={seen.repliesCount}
        {...button('reply')}
      />
      <StatusActionButton
        icon="boost"
        label={t('status.boost')}
        tone="boost"
        count={seen.reblogsCount}
        pressed={seen.reblogged === true}
        {...button('boost')}
        disabled={!ready || !canBoost(seen, own(actor, seen))}
      />
      <StatusActionButton
        icon="quote"
        label={t('status.quoteAction')}
        count={seen.quotesCount}
        {...button('quote')}
        disabled={!ready || !canQuote(seen)}
      />
      <StatusActionButton
        icon="star"
        label={t('status.favourite')}
        tone="favourite"
        count={seen.favouritesCount}
        pressed={seen.favourited === true}
        {...button('favourite')}
      />
      <StatusActionButton
        icon="bookmark"
        label={t('status.bookmark')}
        tone="bookmark"
        pressed={seen.bookmarked === true}
        {...button('bookmark')}
      />
      <StatusMenu
        post={seen}
        actor={actor}
        reader={reader}
        readerPost={post}
        mine={own(actor, seen)}
        ready={ready}
        onDialog={setDialog}
        onHistory={onHistory}
        onTranslate={other ? undefined : onTranslate}
      />
      {other && (
        <span className="status-actions-as" role="status">
          {error
            ? t('status.notFoundAs', { acct: actor.acct })
            : loading
              ? t('status.resolvingAs', { acct: actor.acct })
              : t('status.actingAs', { acct: actor.acct })}
        </span>
      )}
      {accounts.length > 1 && (
        <StatusActAs accounts={accounts} actor={actor} reader={reader} onChange={onActor} />
      )}
      {asMenu && (
        <StatusAccountMenu
          title={t(`status.doAs.${asMenu.action}`)}
          accounts={accounts}
          at={asMenu.at}
          onPick={(who) => void performAs(asMenu.action, who)}
          onClose={() => setAsMenu(undefined)}
        />
      )}
      {dialog && <StatusDialogs dialog={dialog} onClose={() => setDialog(undefined)} />}
    </div>
  );
}
