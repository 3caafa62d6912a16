export { renderDeck } from './renderDeck.js';
