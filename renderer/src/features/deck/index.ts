export { AddColumnDialog } from './AddColumnDialog';
export { Deck } from './Deck';
export { accountColumnsRemoved, accountSignedIn, columnAdded, flushDeck } from './deck.store';
