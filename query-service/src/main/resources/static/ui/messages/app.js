// Texts of the frame around every page (app.js, index.html): the header, the menu, the language switch, the
// footer and the pages that are not found. English and Czech with the same keys.
import { translator } from '../i18n.js';

export const APP = {
  en: {
    ledger: 'Learning ledger',
    skip: 'Skip to content',
    mainNav: 'Main',
    footer: 'What a team records stays with the team until the team decides to share it.',
    loading: 'Loading…',
    regionFeed: 'Region feed',
    landscape: 'Landscape and spread',
    sharedLearning: 'Shared learning',
    aTeam: 'a team',
    aRegion: 'a region',
    yourProfile: 'Your profile',
    thisPage: 'This page',
    notFound: 'Page not found',
    goToStart: 'Go to the start page',
    // the switch names the other language in that language
    switchTo: 'Česky',
    switchToLang: 'cs',
    switchLabel: 'Přepnout do češtiny',
  },
  cs: {
    ledger: 'Kniha učení',
    skip: 'Přeskočit na obsah',
    mainNav: 'Hlavní nabídka',
    footer: 'Co tým zapíše, zůstává v týmu, dokud se tým nerozhodne to sdílet.',
    loading: 'Načítám…',
    regionFeed: 'Dění v kraji',
    landscape: 'Přehled a šíření',
    sharedLearning: 'Sdílené poznatky',
    aTeam: 'tým',
    aRegion: 'kraj',
    yourProfile: 'Váš profil',
    thisPage: 'Tato stránka',
    notFound: 'Stránka nenalezena',
    goToStart: 'Přejít na úvodní stránku',
    switchTo: 'English',
    switchToLang: 'en',
    switchLabel: 'Switch to English',
  },
};

/** A text of this catalogue in the page's language. */
export const t = translator(APP);
