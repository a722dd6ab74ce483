import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import type { mastodon } from '../../mastodon';
import { Avatar } from '../../ui/Avatar';
import { EmojiText } from '../status';
import { Icon } from '../../ui/Icon';

interface Props {
  accounts: readonly AccountSummary[];
  /** The instance's custom emoji, for display names like "Alice :verified:". */
  emojis: readonly mastodon.v1.CustomEmoji[];
  account: AccountSummary | undefined;
  /** Editing a published post: it stays with the account that wrote it. */
  locked: boolean;
  onPick(accountId: string): void;
}

/** Who is posting, shown big enough to be sure, and the switch to post as another signed-in account. */
export function ComposeAccountPicker({ accounts, emojis, account, locked, onPick }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  const canSwitch = !locked && accounts.length > 1;

  useEffect(() => {
    if (!open) return;
    list.current?.querySelector<HTMLElement>('[aria-checked="true"], [role="menuitemradio"]')?.focus();
    const outside = (event: MouseEvent) => {
      if (!list.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const move = (delta: number) => {
    const items = [...(list.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    items[(index + delta + items.length) % items.length]?.focus();
  };

  if (!account) return null;
  const name = account.displayName || account.username;
  return (
    <div className="compose-account" style={{ '--account-color': account.color } as React.CSSProperties}>
      <button
        type="button"
        className="compose-account-button"
        aria-haspopup={canSwitch ? 'menu' : undefined}
        aria-expanded={canSwitch ? open : undefined}
        aria-label={t('compose.postingAs', { acct: account.acct })}
        disabled={!canSwitch}
        onClick={() => setOpen((o) => !o)}
      >
        <Avatar
          src={account.avatarUrl}
          staticSrc={account.avatarStaticUrl}
          size={36}
          ring={account.color}
          animate={false}
        />
        <span className="compose-account-names">
          <strong>
            <EmojiText text={name} emojis={emojis} />
          </strong>
          <span>@{account.acct}</span>
        </span>
        {canSwitch && <Icon name="chevronDown" size={16} />}
      </button>
      {open && (
        <div
          ref={list}
          className="menu compose-account-menu"
          role="menu"
          aria-label={t('compose.chooseAccount')}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') move(1);
            else if (event.key === 'ArrowUp') move(-1);
            else if (event.key === 'Escape') setOpen(false);
            else return;
            event.preventDefault();
            event.stopPropagation();
          }}
        >
          {accounts.map((a) => (
            <button
              key={a.id}
              type="button"
              role="menuitemradio"
              aria-checked={a.id === account.id}
              className="menu-item compose-account-item"
              disabled={a.status === 'needs_sign_in'}
              onClick={() => {
                setOpen(false);
                onPick(a.id);
              }}
            >
              <Avatar
                src={a.avatarUrl}
                staticSrc={a.avatarStaticUrl}
                size={28}
                ring={a.color}
                animate={false}
              />
              <span className="compose-account-names">
                <strong>{a.displayName || a.username}</strong>
                <span>@{a.acct}</span>
              </span>
              {a.id === account.id && <Icon name="check" size={16} />}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
