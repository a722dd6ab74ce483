import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Column } from '../../../../electron/ipc/types/deck';
import { toMastoFailure, useMastoFailureText } from '../../mastodon';
import { SidePanel } from '../../ui/SidePanel';
import { useAccount, useAccounts } from '../accounts';
import { relationshipQuery, StatusScopeProvider } from '../status';
import { ColumnFeed } from '../timeline';
import { ProfileActions } from './ProfileActions';
import { ProfileHeader } from './ProfileHeader';
import { profileQuery, profileTabs, type ProfileTab, type ProfileTarget } from './profile.queries';
import '../../styles/profile.css';

interface Props {
  accountId: string;
  target: ProfileTarget;
  back: { label: string; onBack(): void } | undefined;
  onClose(): void;
  /** Adds the profile to the deck as a column. */
  onOpenColumn(column: Pick<Column, 'accountId' | 'type' | 'params'>): void;
}

/**
 * A profile beside the deck, as one account sees it: header, bio, verified fields, counts, the
 * relationship and what to do about it, and the posts in three tabs (the same feed a profile column shows).
 */
export function ProfilePanel({ accountId, target, back, onClose, onOpenColumn }: Props) {
  const { t } = useTranslation();
  const failureText = useMastoFailureText();
  const reader = useAccount(accountId);
  const accounts = useAccounts() ?? [];
  const [tab, setTab] = useState<ProfileTab>('posts');
  const profile = useQuery(profileQuery(accountId, target));
  const account = profile.data;
  const relationship = useQuery({
    ...relationshipQuery(accountId, account?.id ?? ''),
    enabled: account !== undefined && account.id !== reader?.remoteId,
  });
  const params = account ? { accountId: account.id, acct: account.acct } : undefined;
  const column: Column | undefined = params && {
    id: `profile-panel-${accountId}-${params.accountId}-${tab}`,
    accountId,
    type: 'profile',
    params: { ...params, tab },
    width: 'normal',
    options: {},
  };

  return (
    <SidePanel
      title={account ? t('profile.title', { acct: account.acct }) : t('profile.titleLoading')}
      closeLabel={t('profile.close')}
      onClose={onClose}
      back={back}
    >
      <StatusScopeProvider value={{ accountId }}>
        <div className="profile">
          {profile.isPending && <p className="profile-state">{t('profile.loading')}</p>}
          {profile.isError && (
            <p className="profile-state" role="alert">
              {failureText(toMastoFailure(profile.error))}
            </p>
          )}
          {account && reader && (
            <div className="profile-top">
              <ProfileHeader
                account={account}
                relationship={account.id === reader.remoteId ? undefined : relationship.data}
                actions={
                  <ProfileActions
                    account={account}
                    reader={reader}
                    accounts={accounts}
                    relationship={account.id === reader.remoteId ? null : relationship.data}
                    onOpenColumn={() =>
                      onOpenColumn({ accountId, type: 'profile', params: { ...params!, tab } })
                    }
                  />
                }
              />
              <div className="profile-tabs" role="tablist" aria-label={t('profile.tabs')}>
                {profileTabs.map((value) => (
                  <button
                    key={value}
                    type="button"
                    role="tab"
                    aria-selected={tab === value}
                    className="profile-tab"
                    onClick={() => setTab(value)}
                  >
                    {t(`profile.tab.${value}`)}
                  </button>
                ))}
              </div>
            </div>
          )}
          {column && (
            <div className="profile-feed" role="tabpanel" aria-label={t(`profile.tab.${tab}`)}>
              <ColumnFeed key={column.id} column={column} />
            </div>
          )}
        </div>
      </StatusScopeProvider>
    </SidePanel>
  );
}
