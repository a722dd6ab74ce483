/**
 * Feeds keep their items' identity themselves (merges reuse the objects they keep), and react-query's deep
 * comparison is worse than useless on them: it compares index by index, so a post added on top compares
 * every held post with its neighbour, deeply. Under a firehose that was the costliest function of the page
 * (~3% of the main thread, bench/ "Live" profile). A refetch gives new objects, so its visible rows render
 * again: once per refetch, which is rare for streamed feeds.
 */
export const withoutStructuralSharing = { structuralSharing: false } as const;
