/** Threads: a post with what it answers and its replies, live, in a side panel. */
export { ThreadPanel } from './ThreadPanel';
export { patchThreads, threadSeeded } from './thread.queries';
export { threadRemoved, threadUpserted } from './thread-cache';
