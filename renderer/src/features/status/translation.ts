import { queryOptions, useQuery } from '@tanstack/react-query';
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { instanceQuery, withAccount, type mastodon, type ServerInstance } from '../../mastodon';

/**
 * Server-side translation (Mastodon 4.0+): offered when the instance says `translation.enabled`, for public
 * and quiet posts in another language than the interface's.
 * @see https://docs.joinmastodon.org/methods/statuses/#translate
 */

/** What the server returns; masto types `detectedLanguageSource`, Mastodon sends `detected_source_language`. */
export interface StatusTranslationResult {
  content: string;
  spoilerText?: string;
  detectedSourceLanguage?: string;
  provider: string;
}

/** Whether the server translates posts (`configuration.translation.enabled`, v2 only). */
const translates = (server: ServerInstance): boolean =>
  server.version === 2 && server.instance.configuration.translation?.enabled === true;

export const translationQuery = (accountId: string, post: mastodon.v1.Status, language: string) =>
  queryOptions({
    queryKey: ['acct', accountId, 'translation', post.id, post.editedAt ?? '', language],
    queryFn: () =>
      withAccount(
        accountId,
        ({ rest }) =>
          rest.v1.statuses
            .$select(post.id)
            .translate({ lang: language }) as unknown as Promise<StatusTranslationResult>,
      ),
    staleTime: Infinity,
    retry: false,
  });

/** Whether the server of the account reading a list of cards translates (asked once per list, not per card). */
const ServerTranslates = createContext(false);

export function ServerTranslationProvider({
  accountId,
  children,
}: {
  accountId: string | undefined;
  children: ReactNode;
}) {
  const enabled = useQuery({
    ...instanceQuery(accountId ?? ''),
    select: translates,
    enabled: accountId !== undefined,
  });
  return createElement(ServerTranslates, { value: enabled.data === true }, children);
}

/** Whether "Translate" makes sense for this post here (`reading`: the card is read as an account). */
export function useCanTranslate(reading: boolean, post: mastodon.v1.Status): boolean {
  const { i18n } = useTranslation();
  const enabled = useContext(ServerTranslates);
  const source = post.language?.split('-')[0]?.toLowerCase();
  const target = i18n.language.split('-')[0];
  return (
    reading &&
    enabled &&
    (post.visibility === 'public' || post.visibility === 'unlisted') &&
    source !== undefined &&
    source !== target &&
    post.content !== ''
  );
}
