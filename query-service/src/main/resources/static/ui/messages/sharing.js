// Texts of sharing safely (issue 13, item 3): the preview of what readers will see, the confirmation naming
// who they are, and the guard's findings while a text is typed. English and Czech with the same keys.
import { translator } from '../i18n.js';

// Region names as the ledger stores them (the seat's city) to the genitive Czech says "all teams of …" with
const CZECH_REGION = {
  Praha: 'hlavního města Prahy', 'České Budějovice': 'Jihočeského kraje', Plzeň: 'Plzeňského kraje',
  'Karlovy Vary': 'Karlovarského kraje', 'Ústí nad Labem': 'Ústeckého kraje', Liberec: 'Libereckého kraje',
  'Hradec Králové': 'Královéhradeckého kraje', Pardubice: 'Pardubického kraje', Vysočina: 'kraje Vysočina',
  Jihlava: 'kraje Vysočina', Brno: 'Jihomoravského kraje', Olomouc: 'Olomouckého kraje', Zlín: 'Zlínského kraje',
  Ostrava: 'Moravskoslezského kraje',
};

export const SHARING = {
  en: {
    previewTitle: 'Before you share: what readers will see',
    previewHint: 'This is exactly the copy that will be shared: the draft as it is now, with the question, decision and conclusion of each experiment given as evidence. Observations and notes are never shared.',
    whoRegion: (region) => `All teams of the ${region} region will see it, and the region’s steward.`,
    whoNation: 'Every team in the whole country will see it, with every region’s steward and the ministry’s analysts; it also goes out on the ledger’s public stream of national learning.',
    notUndone: 'Once shared, it can be withdrawn, but people may already have read it.',
    measuresNote: 'Readers also see the run charts of the measures of these experiments, as they stand now.',
    confirmRegion: (region) => `Share with all teams of the ${region} region`,
    confirmNation: 'Share with the whole country',
    back: 'Back to the draft',
    backSaid: 'Nothing was shared. The draft stays within the team.',
    asTyped: 'While you type: this may identify someone. Nothing is saved or shared until you choose.',
  },
  cs: {
    previewTitle: 'Než to sdílíte: co uvidí čtenáři',
    previewHint: 'Takhle přesně bude sdílená kopie vypadat: koncept, jak je teď, a u každého experimentu uvedeného jako doklad jeho otázka, rozhodnutí a závěr. Pozorování a poznámky se nikdy nesdílejí.',
    whoRegion: (region) => `Uvidí to všechny týmy ${CZECH_REGION[region] || `kraje ${region}`} a krajský koordinátor (steward), který sleduje, co se v kraji sdílí.`,
    whoNation: 'Uvidí to všechny týmy v celé republice, koordinátoři všech krajů a analytici ministerstva; objeví se i ve veřejném kanálu celostátních poznatků.',
    notUndone: 'Sdílení můžete později stáhnout, ale někdo si to už mohl přečíst.',
    measuresNote: 'Čtenáři uvidí i grafy měření těchto experimentů tak, jak jsou teď.',
    confirmRegion: (region) => `Sdílet se všemi týmy ${CZECH_REGION[region] || `kraje ${region}`}`,
    confirmNation: 'Sdílet s celou republikou',
    back: 'Zpět ke konceptu',
    backSaid: 'Nic nebylo sdíleno. Koncept zůstává jen v týmu.',
    asTyped: 'Během psaní: tohle může někoho identifikovat. Nic se neuloží ani nesdílí, dokud to sami nezvolíte.',
  },
};

/** A region's name (the seat's city) as Czech says "of the region": "Pardubického kraje", else "kraje X". */
export const czechRegionOf = (region) => CZECH_REGION[region] || `kraje ${region}`;

/** A text of this catalogue in the page's language. */
export const t = translator(SHARING);

