export { AddColumnDialog } from './AddColumnDialog';
export { Deck } from './Deck';
export {
  accountColumnsRemoved,
  accountSignedIn,
  columnAdded,
  deckLoaded,
  flushDeck,
  loadedWorkspace,
} from './deck.store';
