import { memo, useState, type DragEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Column } from '../../../../electron/ipc/types/deck';
import { useAccount } from '../accounts';
import { ColumnFeed, useColumnUnread } from '../timeline';
import { Avatar } from '../../ui/Avatar';
import { Icon } from '../../ui/Icon';
import { columnIcons, columnTitle } from './column-meta';
import { ColumnMenu } from './ColumnMenu';
import { columnMoved, columnRead } from './deck.store';

interface Props {
  column: Column;
  index: number;
  count: number;
}

export const columnDragType = 'application/x-pouet-column';

/** One column of the deck: whose it is and what it shows, its menu, and the live feed inside. */
export const DeckColumn = memo(function DeckColumn({ column, index, count }: Props) {
  const { t } = useTranslation();
  const account = useAccount(column.accountId);
  const unread = useColumnUnread(column.id);
  const [menuAt, setMenuAt] = useState<{ top: number; left: number }>();
  const [dropping, setDropping] = useState(false);
  const title = columnTitle(column, t);
  const owner = account
    ? `@${account.acct}`
    : column.type === 'all-notifications'
      ? t('deck.allAccounts')
      : t('deck.noAccount');

  const onDrop = (event: DragEvent) => {
    setDropping(false);
    const id = event.dataTransfer.getData(columnDragType);
    if (id && id !== column.id) columnMoved(id, index);
  };

  return (
    <section
      className={`deck-column deck-column-${column.width}${dropping ? ' deck-column-drop' : ''}`}
      aria-label={t('deck.columnLabel', { title, owner })}
      data-column-id={column.id}
      style={{ '--account-color': account?.color ?? 'var(--line)' } as React.CSSProperties}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes(columnDragType)) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <header
        className="column-header"
        draggable
        onDragStart={(event) => {
          event.dataTransfer.setData(columnDragType, column.id);
          event.dataTransfer.effectAllowed = 'move';
        }}
      >
        <Icon name={columnIcons[column.type]} />
        <div className="column-header-text">
          <h2>{title}</h2>
          <p>
            {account && (
              <Avatar src={account.avatarUrl} staticSrc={account.avatarStaticUrl} size={14} animate={false} />
            )}
            <span>{owner}</span>
            {account?.status === 'needs_sign_in' && (
              <span className="column-warning">{t('accounts.needsSignIn')}</span>
            )}
          </p>
        </div>
        {unread > 0 && (
          <span className="unread-badge" aria-label={t('deck.unread', { count: unread })}>
            {unread > 99 ? '99+' : unread}
          </span>
        )}
        <button
          type="button"
          className="icon-button"
          aria-label={t('deck.columnMenu', { title })}
          aria-haspopup="menu"
          onClick={(event) => {
            const box = event.currentTarget.getBoundingClientRect();
            setMenuAt({ top: box.bottom + 4, left: Math.max(8, box.right - 230) });
          }}
        >
          <Icon name="more" />
        </button>
      </header>
      <ColumnFeed column={column} onReadPositionChange={(lastReadId) => columnRead(column.id, lastReadId)} />
      {menuAt && (
        <ColumnMenu
          column={column}
          index={index}
          count={count}
          at={menuAt}
          title={title}
          onClose={() => setMenuAt(undefined)}
        />
      )}
    </section>
  );
});
