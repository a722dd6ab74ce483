import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { Avatar } from '../../ui/Avatar';
import { Menu } from '../../ui/Menu';
import { menuAnchor } from './menu-anchor';
import { StatusIcon } from './StatusIcon';
import { StatusPopup } from './StatusPopup';

interface ChooserProps {
  accounts: AccountSummary[];
  actor: AccountSummary;
  reader: AccountSummary | undefined;
  onChange(account: AccountSummary): void;
}

/**
 * The account the card's buttons act as, drawn as its avatar in its colour; a click lists the signed-in
 * accounts. Picking another one shows the post as that account sees it (resolved on its own server).
 */
export function StatusActAs({ accounts, actor, reader, onChange }: ChooserProps) {
  const { t } = useTranslation();
  const [at, setAt] = useState<{ top: number; left: number }>();
  const other = actor.id !== reader?.id;
  return (
    <>
      <button
        type="button"
        className={`status-act-as${other ? ' status-act-as-other' : ''}`}
        style={{ '--actor-color': actor.color } as React.CSSProperties}
        aria-label={t('status.actAs', { acct: actor.acct })}
        aria-haspopup="menu"
        title={t('status.actAsHint', { acct: actor.acct })}
        onClick={(event) => {
          setAt(menuAnchor(event.currentTarget.getBoundingClientRect(), accounts.length + 1, 'end'));
        }}
      >
        <Avatar src={actor.avatarUrl} staticSrc={actor.avatarStaticUrl} size={18} animate={false} />
        <StatusIcon name="switch" size={12} />
      </button>
      {at && (
        <StatusAccountMenu
          title={t('status.actAsTitle')}
          accounts={accounts}
          current={actor.id}
          at={at}
          onPick={onChange}
          onClose={() => setAt(undefined)}
        />
      )}
    </>
  );
}

interface MenuProps {
  title: string;
  accounts: AccountSummary[];
  /** Checked in the list (the account acting now), if any. */
  current?: string | undefined;
  at: { top: number; left: number };
  onPick(account: AccountSummary): void;
  onClose(): void;
}

/** The signed-in accounts as a menu ("Favourite as…"), each with its avatar and colour. */
export function StatusAccountMenu({ title, accounts, current, at, onPick, onClose }: MenuProps) {
  return (
    <StatusPopup>
      <Menu
        label={title}
        at={at}
        onClose={onClose}
        header={<span className="status-account-menu-title">{title}</span>}
        items={accounts
          .filter((account) => account.status === 'active')
          .map((account) => ({
            label: `@${account.acct}`,
            ...(current !== undefined && { checked: account.id === current }),
            onSelect: () => onPick(account),
          }))}
      />
    </StatusPopup>
  );
}
