// Texts of the sign-in page (views/signin.js). English and Czech with the same keys.
import { translator } from '../i18n.js';

export const SIGNIN = {
  en: {
    title: 'Sign in · Learning ledger',
    signIn: 'Sign in',
    withAccount: 'Sign in with your organisation account.',
    couldNotStart: (why) => `Sign-in could not start: ${why}`,
    demo: 'This is the local demo ledger. Choose who you want to be; each person sees what their role allows.',
    unreachable: 'The local sign-in service cannot be reached. Is the ledger running (infra/ledger up)?',
    failed: 'Signing in did not work. Please try again.',
    demoPeople: 'Demo people',
    // why a sign-in failed (auth.js), shown after "Sign-in did not work:"
    issuerAnswered: (status) => `the local sign-in service answered ${status}`,
    providerAnswered: (status) => `the identity provider answered ${status}`,
    stateMismatch: 'The sign-in answer did not match the request.',
  },
  cs: {
    title: 'Přihlášení · Kniha učení',
    signIn: 'Přihlásit se',
    withAccount: 'Přihlaste se účtem své organizace.',
    couldNotStart: (why) => `Přihlášení se nepodařilo spustit: ${why}`,
    demo: 'Tohle je místní ukázková kniha. Vyberte, za koho chcete vystupovat; každý vidí to, co mu dovoluje jeho role.',
    unreachable: 'Místní přihlašovací služba není dostupná. Běží kniha (infra/ledger up)?',
    failed: 'Přihlášení se nepovedlo. Zkuste to prosím znovu.',
    demoPeople: 'Ukázkové osoby',
    issuerAnswered: (status) => `místní přihlašovací služba odpověděla chybou ${status}`,
    providerAnswered: (status) => `poskytovatel identity odpověděl chybou ${status}`,
    stateMismatch: 'Odpověď na přihlášení neodpovídala žádosti.',
  },
};

/** A text of this catalogue in the page's language. */
export const t = translator(SIGNIN);
