import type { mastodon } from 'masto';
import type { ListRecord } from '../store';

export function renderList(l: ListRecord): mastodon.v1.List {
  return { id: l.id, title: l.title, repliesPolicy: l.repliesPolicy, exclusive: l.exclusive };
}
