// The ledger's codes in everyday words (labels.js): stages, kinds of observation, decisions, tiers, results.
// English and Czech with the same keys; Czech as social workers say it ("Zavést / Upravit / Opustit").
import { translator } from '../i18n.js';

export const CODES = {
  en: {
    PROPOSED: 'Planned', PROPOSEDHint: 'proposed, not started yet',
    STARTED: 'Running', STARTEDHint: 'started, observations being recorded',
    CONCLUDED: 'Concluded', CONCLUDEDHint: 'the team decided what to do next',
    ABANDONED: 'Stopped', ABANDONEDHint: 'abandoned before a conclusion',
    NOTE: 'Note', NOTEHint: 'what the team noticed',
    MEASURE: 'Measure', MEASUREHint: 'a number, such as a count',
    CHILD_VOICE: 'A child’s voice', CHILD_VOICEHint: 'what a child said, in the team’s words, with no names',
    FAMILY_VOICE: 'A family’s voice', FAMILY_VOICEHint: 'what a parent or family said, with no names',
    ADOPT: 'Adopt', ADOPTHint: 'keep doing it as it is',
    ADAPT: 'Adapt', ADAPTHint: 'keep doing it, with changes',
    ABANDON: 'Abandon', ABANDONHint: 'stop doing it',
    REGION: 'The region', REGIONHint: 'teams and stewards of your region',
    NATION: 'The whole country', NATIONHint: 'every team, steward and the ministry’s analysts',
    CONFIRMED: 'Confirmed',
    CONFIRMED_WITH_ADAPTATION: 'Confirmed with adaptation',
    NOT_CONFIRMED_HERE: 'Not confirmed in our context',
    sharedNation: 'shared with the whole country',
    sharedRegion: 'shared with the region',
    teamOnly: 'team only (draft)',
  },
  cs: {
    PROPOSED: 'Naplánované', PROPOSEDHint: 'navržené, ještě nezačalo',
    STARTED: 'Běží', STARTEDHint: 'začalo, zapisují se pozorování',
    CONCLUDED: 'Uzavřené', CONCLUDEDHint: 'tým rozhodl, co dál',
    ABANDONED: 'Zastavené', ABANDONEDHint: 'ukončené dřív, než došlo k závěru',
    NOTE: 'Poznámka', NOTEHint: 'čeho si tým všiml',
    MEASURE: 'Měření', MEASUREHint: 'číslo, třeba počet',
    CHILD_VOICE: 'Hlas dítěte', CHILD_VOICEHint: 'co řeklo dítě, slovy týmu, bez jmen',
    FAMILY_VOICE: 'Hlas rodiny', FAMILY_VOICEHint: 'co řekl rodič nebo rodina, bez jmen',
    ADOPT: 'Zavést', ADOPTHint: 'dělat to dál tak, jak to je',
    ADAPT: 'Upravit', ADAPTHint: 'dělat to dál, ale se změnami',
    ABANDON: 'Opustit', ABANDONHint: 'přestat s tím',
    REGION: 'Kraj', REGIONHint: 'týmy a koordinátoři (stewardi) vašeho kraje',
    NATION: 'Celá republika', NATIONHint: 'všechny týmy, koordinátoři a analytici ministerstva',
    CONFIRMED: 'Potvrzeno',
    CONFIRMED_WITH_ADAPTATION: 'Potvrzeno s úpravou',
    NOT_CONFIRMED_HERE: 'U nás se nepotvrdilo',
    sharedNation: 'sdíleno s celou republikou',
    sharedRegion: 'sdíleno s krajem',
    teamOnly: 'jen v týmu (koncept)',
  },
};

/** A text of this catalogue in the page's language. */
export const t = translator(CODES);
