// Texts of the screens' fixes (issue 13, item 2): the landscape's focus and withdrawn learnings, the status
// line, the steward's actions, the phone header. English and Czech with the same keys.
import { translator } from '../i18n.js';

export const SCREENS = {
  en: {
    // the team focus areas (a team's `focus` code)
    'parental-conflict': 'parental conflict',
    'safety-risk-evaluation': 'safety risk evaluation',
    'worker-wellbeing': 'worker wellbeing',
    // a learning of the reader's own team that the team withdrew: never "shared with …"
    withdrawn: 'withdrawn by your team',
    withdrawnOn: (date) => `Your team withdrew it on ${date}. Nobody outside the team sees what it said.`,
    // the steward's actions
    endorsed: 'Endorsed. The team sees your endorsement.',
    alreadyEndorsed: 'You had already endorsed this learning. Nothing has changed.',
    invited: 'Invitation sent: the team is invited to share it with the whole country.',
    alreadyInvited: 'You had already invited the team to share it with the whole country. Nothing has changed.',
    invitedNote: 'The team has been invited to share it with the whole country.',
    // status line
    sessionExpired: 'Your sign-in has expired. Please sign in again.',
    signInAgain: 'Sign in again',
    signInFailed: (why) => `Sign-in did not work: ${why}`,
    signedIn: 'Signed in.',
    // the header on a phone
    menu: 'Menu',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
  },
  cs: {
    'parental-conflict': 'rodičovský konflikt',
    'safety-risk-evaluation': 'hodnocení ohrožení dítěte',
    'worker-wellbeing': 'pohoda pracovníků',
    withdrawn: 'stáhl váš tým',
    withdrawnOn: (date) => `Váš tým ho stáhl ${date}. Nikdo mimo tým už nevidí, co v něm stálo.`,
    endorsed: 'Doporučeno. Tým vaše doporučení uvidí.',
    alreadyEndorsed: 'Tento poznatek jste už doporučili. Nic se nezměnilo.',
    invited: 'Pozvánka odeslána: tým je pozván sdílet poznatek s celou republikou.',
    alreadyInvited: 'Tým jste už pozvali sdílet poznatek s celou republikou. Nic se nezměnilo.',
    invitedNote: 'Tým je pozván sdílet poznatek s celou republikou.',
    sessionExpired: 'Vaše přihlášení vypršelo. Přihlaste se prosím znovu.',
    signInAgain: 'Přihlásit se znovu',
    signInFailed: (why) => `Přihlášení se nepovedlo: ${why}`,
    signedIn: 'Jste přihlášeni.',
    menu: 'Nabídka',
    signedInAs: 'Přihlášen(a) jako',
    signOut: 'Odhlásit se',
  },
};

/** A text of this catalogue in the page's language. */
export const t = translator(SCREENS);

/** A team focus code in words; an unknown one with its dashes as spaces. */
export function focusName(code) {
  if (!code) return '';
  return SCREENS.en[code] ? t(code) : String(code).replace(/-/g, ' ');
}
