// Texts of a learning's printed page (issue 13, item 6): the Print button and the line the paper carries
// instead of the page's address bar. English and Czech with the same keys.
import { translator } from '../i18n.js';

export const PRINT = {
  en: {
    print: 'Print',
    printHint: 'One page for a team meeting or a case file: without the menu and the forms.',
    printedFrom: (date, address) => `Printed from the learning ledger on ${date}. Online: ${address}`,
  },
  cs: {
    print: 'Vytisknout',
    printHint: 'Jedna stránka na poradu týmu nebo do spisu: bez nabídky a formulářů.',
    printedFrom: (date, address) => `Vytištěno z knihy poznatků ${date}. Na webu: ${address}`,
  },
};

/** A text of this catalogue in the page's language. */
export const t = translator(PRINT);
