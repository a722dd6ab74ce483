import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Column, ColumnType } from '../../../../electron/ipc/types/deck';
import { useAccounts } from '../accounts';
import { notificationFilterNames, notificationFilters, type NotificationFilter } from '../notifications';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { columnIcons } from './column-meta';
import { columnChoices, paramKindOf, parseTags } from './column-choices';
import { useAccountSearch, useFollowedTags, useLists } from './column-suggestions';
import { columnAdded } from './deck.store';

/** Add a column: whose, what, and the one parameter that type needs (with suggestions). */
export function AddColumnDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const accounts = useAccounts() ?? [];
  const ids = {
    account: useId(),
    tags: useId(),
    match: useId(),
    list: useId(),
    profile: useId(),
    query: useId(),
    instance: useId(),
    notifications: useId(),
  };
  const [accountId, setAccountId] = useState(
    () => (accounts.find((a) => a.isDefault) ?? accounts[0])?.id ?? '',
  );
  const [type, setType] = useState<ColumnType>('home');
  const [tags, setTags] = useState('');
  const [match, setMatch] = useState<'any' | 'all'>('any');
  const [localOnly, setLocalOnly] = useState(false);
  const [listId, setListId] = useState('');
  const [profile, setProfile] = useState('');
  const [query, setQuery] = useState('');
  const [instance, setInstance] = useState('');
  const [notificationFilter, setNotificationFilter] = useState<NotificationFilter>('all');
  const kind = paramKindOf(type);
  const lists = useLists(kind === 'list' ? accountId : undefined);
  const followedTags = useFollowedTags(kind === 'tags' ? accountId : undefined);
  const people = useAccountSearch(kind === 'profile' ? accountId : undefined, profile);

  const params = (): Column['params'] | undefined => {
    switch (kind) {
      case 'tags': {
        const parsed = parseTags(tags);
        return parsed.length ? { tags: parsed, mode: match, local: localOnly } : undefined;
      }
      case 'list': {
        const list = lists.data?.find((l) => l.id === listId);
        return list ? { listId: list.id, listTitle: list.title } : undefined;
      }
      case 'profile': {
        const person = people.data?.find((p) => p.acct === profile.replace(/^@/, ''));
        return person ? { accountId: person.id, acct: person.acct } : undefined;
      }
      case 'query':
        return query.trim() ? { q: query.trim() } : undefined;
      case 'instance':
        return instance.trim() ? { instance: instance.trim() } : undefined;
      case 'notificationTypes':
        return notificationFilter === 'all' ? {} : { types: [...notificationFilters[notificationFilter]] };
      default:
        return {};
    }
  };
  // Another server's timeline and the all-accounts notifications belong to no one account.
  const accountless = type === 'public-instance' || type === 'all-notifications';
  const ready = params() !== undefined && (accountless || accountId !== '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = params();
    if (!chosen || !ready) return;
    columnAdded(accountless ? { type, params: chosen } : { type, accountId, params: chosen });
    onClose();
  };

  return (
    <Dialog title={t('addColumn.title')} closeLabel={t('signIn.cancel')} onClose={onClose} wide>
      <form className="add-column" onSubmit={submit}>
        {!accountless && (
          <div className="field">
            <label htmlFor={ids.account}>{t('addColumn.account')}</label>
            <select id={ids.account} value={accountId} onChange={(e) => setAccountId(e.target.value)}>
              {accounts.map((account) => (
                <option key={account.id} value={account.id}>
                  @{account.acct}
                </option>
              ))}
            </select>
          </div>
        )}
        <fieldset className="column-types">
          <legend>{t('addColumn.type')}</legend>
          {columnChoices.map((choice) => (
            <label key={choice} className="column-type">
              <input
                type="radio"
                name="column-type"
                checked={type === choice}
                onChange={() => setType(choice)}
              />
              <Icon name={columnIcons[choice]} />
              <span>{t(`columns.${choice}`)}</span>
            </label>
          ))}
        </fieldset>

        {kind === 'tags' && (
          <div className="add-column-params">
            <div className="field">
              <label htmlFor={ids.tags}>{t('addColumn.tags')}</label>
              <input
                id={ids.tags}
                type="text"
                list={`${ids.tags}-list`}
                placeholder="#fediverse #art"
                value={tags}
                onChange={(e) => setTags(e.target.value)}
              />
              <datalist id={`${ids.tags}-list`}>
                {followedTags.data?.map((tag) => (
                  <option key={tag} value={tag} />
                ))}
              </datalist>
            </div>
            <div className="field">
              <label htmlFor={ids.match}>{t('addColumn.match')}</label>
              <select
                id={ids.match}
                value={match}
                onChange={(e) => setMatch(e.target.value as 'any' | 'all')}
              >
                <option value="any">{t('addColumn.matchAny')}</option>
                <option value="all">{t('addColumn.matchAll')}</option>
              </select>
            </div>
            <label className="field-check">
              <input type="checkbox" checked={localOnly} onChange={(e) => setLocalOnly(e.target.checked)} />
              {t('addColumn.localOnly')}
            </label>
          </div>
        )}
        {kind === 'list' && (
          <div className="field">
            <label htmlFor={ids.list}>{t('addColumn.list')}</label>
            <select id={ids.list} value={listId} onChange={(e) => setListId(e.target.value)}>
              <option value="">{lists.isLoading ? t('addColumn.loading') : t('addColumn.chooseList')}</option>
              {lists.data?.map((list) => (
                <option key={list.id} value={list.id}>
                  {list.title}
                </option>
              ))}
            </select>
            {lists.data?.length === 0 && <p className="hint">{t('addColumn.noLists')}</p>}
          </div>
        )}
        {kind === 'profile' && (
          <div className="field">
            <label htmlFor={ids.profile}>{t('addColumn.profile')}</label>
            <input
              id={ids.profile}
              type="text"
              list={`${ids.profile}-list`}
              placeholder="@user@example.social"
              value={profile}
              onChange={(e) => setProfile(e.target.value)}
            />
            <datalist id={`${ids.profile}-list`}>
              {people.data?.map((person) => (
                <option key={person.id} value={person.acct}>
                  {person.displayName}
                </option>
              ))}
            </datalist>
          </div>
        )}
        {kind === 'query' && (
          <div className="field">
            <label htmlFor={ids.query}>{t('addColumn.query')}</label>
            <input id={ids.query} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
        )}
        {kind === 'notificationTypes' && (
          <div className="field">
            <label htmlFor={ids.notifications}>{t('notifications.filterLabel')}</label>
            <select
              id={ids.notifications}
              value={notificationFilter}
              onChange={(e) => setNotificationFilter(e.target.value as NotificationFilter)}
            >
              {notificationFilterNames.map((name) => (
                <option key={name} value={name}>
                  {t(`notifications.filters.${name}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        {kind === 'instance' && (
          <div className="field">
            <label htmlFor={ids.instance}>{t('addColumn.instance')}</label>
            <input
              id={ids.instance}
              type="text"
              placeholder="mastodon.social"
              value={instance}
              onChange={(e) => setInstance(e.target.value)}
            />
            <p className="hint">{t('addColumn.instanceHint')}</p>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('signIn.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!ready}>
            {t('addColumn.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
