// Texts of "New for you" (issue 13, item 5): the count in the menu and the page listing what happened to the
// reader's teams' learnings and challenges since her last look. English and Czech with the same keys.
import { translator } from '../i18n.js';
import { czechRegionOf } from './sharing.js';

export const NEWS = {
  en: {
    nav: (count) => (count ? `New for you (${count})` : 'New for you'),
    navLabel: (count) => (count === 1 ? '1 new item for you' : `${count} new items for you`),
    title: 'New for you',
    intro: 'What happened to your teams’ learnings and challenges: stewards’ endorsements and invitations, other teams trying what you shared, answers to your challenges.',
    since: (time) => `Since your last look (${time}), newest first.`,
    firstLook: 'Everything so far, newest first: this is your first look on this device.',
    nothing: 'Nothing new since your last look.',
    fresh: 'New',
    endorsed: (region) => `The steward of the ${region} region endorsed your learning`,
    invited: (region) => `The steward of the ${region} region invites your team to share a learning with the whole country`,
    tried: (team) => `${team} tried your learning and shared what they found`,
    answered: (region) => `The steward of the ${region} region answered your team’s challenge`,
    note: 'Note',
    answer: 'Answer',
    result: 'What they found',
    theirLearning: 'Open their learning',
    yourTeam: (team) => `Your team: ${team}`,
    aLearning: 'your learning',
    aChallenge: 'your challenge',
    anotherTeam: 'Another team',
    erased: 'The text was erased.',
  },
  cs: {
    nav: (count) => (count ? `Nové pro vás (${count})` : 'Nové pro vás'),
    navLabel: (count) => (count === 1 ? '1 novinka pro vás' : count < 5 ? `${count} novinky pro vás` : `${count} novinek pro vás`),
    title: 'Nové pro vás',
    intro: 'Co se stalo s poznatky a námitkami vašich týmů: doporučení a pozvání od koordinátorů, jiné týmy, které zkusily, co jste sdíleli, a odpovědi na vaše námitky.',
    since: (time) => `Od vaší poslední návštěvy (${time}), nejnovější nahoře.`,
    firstLook: 'Všechno dosud, nejnovější nahoře: na tomto zařízení se sem díváte poprvé.',
    nothing: 'Od vaší poslední návštěvy se nic nového nestalo.',
    fresh: 'Nové',
    endorsed: (region) => `Koordinátor ${czechRegionOf(region)} doporučil váš poznatek`,
    invited: (region) => `Koordinátor ${czechRegionOf(region)} zve váš tým, abyste poznatek sdíleli s celou republikou`,
    tried: (team) => `${team} vyzkoušel váš poznatek a sdílel, jak to dopadlo`,
    answered: (region) => `Koordinátor ${czechRegionOf(region)} odpověděl na námitku vašeho týmu`,
    note: 'Poznámka',
    answer: 'Odpověď',
    result: 'Jak to u nich dopadlo',
    theirLearning: 'Otevřít jejich poznatek',
    yourTeam: (team) => `Váš tým: ${team}`,
    aLearning: 'váš poznatek',
    aChallenge: 'vaše námitka',
    anotherTeam: 'Jiný tým',
    erased: 'Text byl vymazán.',
  },
};

/** A text of this catalogue in the page's language. */
export const t = translator(NEWS);
