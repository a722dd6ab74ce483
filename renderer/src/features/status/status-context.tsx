import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import type { mastodon } from '../../mastodon';
import { useAccounts } from '../accounts';
import { ServerTranslationProvider } from './translation';

/**
 * What the card needs from the features above it, handed down by React context so the status slice never
 * imports them (timeline, thread, profile and deck all show cards: importing them back would be a cycle).
 *
 * - `StatusScope`: who is reading here (the column's account) and which column, set by each list of cards,
 *   with the signed-in accounts the cards act as (read once per provider, which is once per list except
 *   in the all-accounts notifications column, one per row: a query observer in every card showed in the
 *   firehose profiles, where cards mount thousands of times a minute).
 * - `StatusWriter`: the one writer for posts held in caches (feeds, threads), set once by the app.
 * - `StatusNavigation`: where mentions, hashtags, authors and posts lead inside the app, set once by the app.
 * - `StatusComposer`: how to start a reply, a quote, an edit or a delete & redraft (the composer shows our
 *   `EmojiText`, so it cannot be imported from here either).
 */
export interface StatusScope {
  /** The signed-in account the cards are read as; undefined for another server's public timeline. */
  accountId: string | undefined;
  /** The deck column showing the cards (for "expand all content warnings"). */
  columnId?: string;
}

export interface StatusWriter {
  /** Puts a new version of a post wherever an account's caches hold it (itself, a boost, a quote…). */
  upsert(client: QueryClient, accountId: string, status: mastodon.v1.Status): void;
  /** Removes a deleted post from every cache of an account. */
  remove(client: QueryClient, accountId: string, statusId: string): void;
  /** Someone was muted or blocked: what the account's caches show needs loading again. */
  authorHidden(client: QueryClient, accountId: string, authorId: string): void;
}

/** Who to show: an account id on the reader's instance when known, else its handle (resolved on open). */
export interface ProfileTarget {
  id?: string;
  acct: string;
  url?: string;
}

export interface StatusNavigation {
  openThread(accountId: string, status: mastodon.v1.Status): void;
  openProfile(accountId: string, target: ProfileTarget): void;
  openHashtag(accountId: string, tag: string): void;
}

export interface StatusComposer {
  reply(accountId: string, status: mastodon.v1.Status): void;
  quote(accountId: string, status: mastodon.v1.Status): void;
  edit(accountId: string, status: mastodon.v1.Status): void;
  /** Asks first, then deletes the post and opens it again as a draft. */
  redraft(accountId: string, status: mastodon.v1.Status): void;
}

const noWriter: StatusWriter = {
  upsert: () => undefined,
  remove: () => undefined,
  authorHidden: () => undefined,
};
const noNavigation: StatusNavigation = {
  openThread: () => undefined,
  openProfile: () => undefined,
  openHashtag: () => undefined,
};

const noComposer: StatusComposer = {
  reply: () => undefined,
  quote: () => undefined,
  edit: () => undefined,
  redraft: () => undefined,
};

const ScopeContext = createContext<StatusScope>({ accountId: undefined });
const WriterContext = createContext<StatusWriter>(noWriter);
const NavigationContext = createContext<StatusNavigation>(noNavigation);
const ComposerContext = createContext<StatusComposer>(noComposer);
const none: AccountSummary[] = [];
const AccountsContext = createContext<AccountSummary[]>(none);

export function StatusScopeProvider({ value, children }: { value: StatusScope; children: ReactNode }) {
  const accounts = useAccounts() ?? none;
  return (
    <ScopeContext value={value}>
      <AccountsContext value={accounts}>
        <ServerTranslationProvider accountId={value.accountId}>{children}</ServerTranslationProvider>
      </AccountsContext>
    </ScopeContext>
  );
}

export interface StatusEnvironment {
  writer: StatusWriter;
  navigation: StatusNavigation;
  composer: StatusComposer;
}

/** Mounted once by the app with the writer, navigation and composer built from the features above. */
export function StatusEnvironmentProvider({
  environment,
  children,
}: {
  environment: StatusEnvironment;
  children: ReactNode;
}) {
  return (
    <WriterContext value={environment.writer}>
      <NavigationContext value={environment.navigation}>
        <ComposerContext value={environment.composer}>{children}</ComposerContext>
      </NavigationContext>
    </WriterContext>
  );
}

export const useStatusScope = () => useContext(ScopeContext);
/** The signed-in accounts, as the list around the card read them (none outside a list). */
export const useStatusAccounts = () => useContext(AccountsContext);
export const useStatusWriter = () => useContext(WriterContext);
export const useStatusNavigation = () => useContext(NavigationContext);
export const useStatusComposer = () => useContext(ComposerContext);
