export { DeckEmpty } from './DeckEmpty';
