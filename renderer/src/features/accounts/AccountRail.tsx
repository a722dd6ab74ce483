import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { Avatar } from '../../ui/Avatar';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Menu, type MenuItem } from '../../ui/Menu';
import { signInStarted } from '../../ui/panel.store';
import { movedOrder, reorderAccounts, setDefaultAccount, signOut } from './account.actions';
import { useAccounts } from './accounts.queries';

interface Props {
  /** Called after an account is signed out, so its columns can go too. */
  onSignedOut?: (accountId: string) => void;
  /** Something to show on an account's avatar (its unread notifications), from the feature that knows. */
  badge?: (accountId: string) => ReactNode;
}

/** The accounts in the sidebar: avatar, colour, state, and a menu to manage each. Drag to reorder. */
export function AccountRail({ onSignedOut, badge }: Props) {
  const { t } = useTranslation();
  const accounts = useAccounts() ?? [];
  const [menu, setMenu] = useState<{ account: AccountSummary; at: { top: number; left: number } }>();
  const [confirming, setConfirming] = useState<AccountSummary>();
  const [dragged, setDragged] = useState<string>();
  const ids = accounts.map((a) => a.id);

  const itemsFor = (account: AccountSummary, index: number): MenuItem[] => [
    ...(account.status === 'needs_sign_in'
      ? [{ label: t('accounts.signInAgain'), onSelect: () => signInStarted(account.id) }]
      : []),
    {
      label: t('accounts.makeDefault'),
      onSelect: () => void setDefaultAccount(account.id),
      disabled: account.isDefault,
    },
    {
      label: t('accounts.moveUp'),
      onSelect: () => void reorderAccounts(movedOrder(ids, account.id, -1)),
      disabled: index === 0,
    },
    {
      label: t('accounts.moveDown'),
      onSelect: () => void reorderAccounts(movedOrder(ids, account.id, 1)),
      disabled: index === accounts.length - 1,
    },
    { label: t('accounts.signOut'), onSelect: () => setConfirming(account), danger: true },
  ];

  return (
    <>
      <ul className="sidebar-accounts" aria-label={t('accounts.listLabel')}>
        {accounts.map((account, index) => (
          <li
            key={account.id}
            draggable
            onDragStart={() => setDragged(account.id)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={() => {
              if (dragged && dragged !== account.id)
                void reorderAccounts(movedOrder(ids, dragged, index - ids.indexOf(dragged)));
              setDragged(undefined);
            }}
          >
            <button
              type="button"
              className="rail-account"
              aria-label={t('accounts.menuFor', { acct: account.acct })}
              aria-haspopup="menu"
              title={`${account.displayName || account.username} — @${account.acct}`}
              onClick={(e) => {
                const box = e.currentTarget.getBoundingClientRect();
                setMenu({ account, at: { top: box.top, left: box.right + 8 } });
              }}
            >
              <Avatar
                src={account.avatarUrl}
                staticSrc={account.avatarStaticUrl}
                size={40}
                ring={account.color}
              />
              {account.status === 'needs_sign_in' && (
                <span
                  className="rail-badge rail-badge-warning"
                  role="img"
                  aria-label={t('accounts.needsSignIn')}
                >
                  !
                </span>
              )}
              {account.isDefault && accounts.length > 1 && (
                <span className="rail-badge rail-badge-default" role="img" aria-label={t('accounts.default')}>
                  ★
                </span>
              )}
              {badge?.(account.id)}
            </button>
          </li>
        ))}
      </ul>
      {menu && (
        <Menu
          label={t('accounts.menuFor', { acct: menu.account.acct })}
          at={menu.at}
          onClose={() => setMenu(undefined)}
          header={
            <>
              <strong>{menu.account.displayName || menu.account.username}</strong>
              <span>@{menu.account.acct}</span>
              {menu.account.status === 'needs_sign_in' && (
                <span className="menu-warning">{t('accounts.needsSignIn')}</span>
              )}
            </>
          }
          items={itemsFor(menu.account, ids.indexOf(menu.account.id))}
        />
      )}
      {confirming && (
        <ConfirmDialog
          title={t('accounts.signOutTitle', { acct: confirming.acct })}
          body={t('accounts.signOutBody')}
          confirmLabel={t('accounts.signOut')}
          cancelLabel={t('accounts.keep')}
          danger
          onCancel={() => setConfirming(undefined)}
          onConfirm={() => {
            const id = confirming.id;
            setConfirming(undefined);
            void signOut(id).then(() => onSignedOut?.(id));
          }}
        />
      )}
    </>
  );
}
