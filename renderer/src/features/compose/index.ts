/** Compose: the docked and pop-out composers, drafts that survive everything, and what others may start. */
export { Compose } from './Compose';
export { ComposeRailButton } from './ComposeRailButton';
export {
  composeOpened,
  draftsFlushed,
  editStarted,
  quoteStarted,
  redraftStarted,
  replyStarted,
} from './compose.store';
export { countCharacters } from './counter';
