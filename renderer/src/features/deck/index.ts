export { AddColumnDialog } from './AddColumnDialog';
export { Deck } from './Deck';
export { accountColumnsRemoved, flushDeck } from './deck.store';
