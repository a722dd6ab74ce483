import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { mastodon } from '../../mastodon';
import type { Token } from './autocomplete';
import { accountSuggestionsQuery, hashtagSuggestionsQuery, useCustomEmojis } from './compose.queries';

export interface Suggestion {
  key: string;
  /** What replaces the token. */
  replacement: string;
  label: string;
  detail?: string;
  image?: string;
  /** Custom emoji of the label (display names). */
  emojis?: readonly mastodon.v1.CustomEmoji[];
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Suggestions for the token at the caret: accounts and hashtags from the server, the instance's emoji. */
export function useSuggestions(accountId: string, token: Token | undefined): Suggestion[] {
  const query = useDebounced(token ? `${token.kind}:${token.query}` : '', 180);
  const [kind, ...rest] = query.split(':');
  const q = rest.join(':');
  const accounts = useQuery({
    ...accountSuggestionsQuery(accountId, q),
    enabled: kind === 'account' && q !== '',
  });
  const hashtags = useQuery({
    ...hashtagSuggestionsQuery(accountId, q),
    enabled: kind === 'hashtag' && q !== '',
  });
  const emojis = useCustomEmojis(token?.kind === 'emoji' ? accountId : undefined);

  if (!token) return [];
  if (token.kind === 'emoji') {
    const wanted = token.query.toLowerCase();
    return emojis
      .filter((e) => e.visibleInPicker && e.shortcode.toLowerCase().includes(wanted))
      .sort(
        (a, b) =>
          Number(!a.shortcode.toLowerCase().startsWith(wanted)) -
          Number(!b.shortcode.toLowerCase().startsWith(wanted)),
      )
      .slice(0, 8)
      .map((e) => ({
        key: e.shortcode,
        replacement: `:${e.shortcode}:`,
        label: `:${e.shortcode}:`,
        image: e.staticUrl,
      }));
  }
  // Results for an older query would replace the wrong word.
  if (`${token.kind}:${token.query}` !== query) return [];
  if (token.kind === 'account') {
    return (accounts.data ?? []).map((a) => ({
      key: a.id,
      replacement: `@${a.acct}`,
      label: a.displayName || a.username,
      detail: `@${a.acct}`,
      image: a.avatarStatic,
      emojis: a.emojis,
    }));
  }
  return (hashtags.data ?? []).map((tag) => ({
    key: tag.name,
    replacement: `#${tag.name}`,
    label: `#${tag.name}`,
  }));
}
