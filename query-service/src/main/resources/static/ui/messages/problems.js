// Texts of refusals (errors.js): the API's problem documents (RFC 9457) in words a social worker understands, by
// rule code (409), by field rule (400) and by status. English and Czech with the same keys.
import { translator } from '../i18n.js';

export const PROBLEMS = {
  en: {
    // refusals of a command, by the problem document's rule
    'already-started': 'This experiment has already started.',
    'not-started': 'Start the experiment first: observations and a conclusion come after the start.',
    'experiment-ended': 'This experiment has already ended, so it can no longer be changed.',
    'id-already-used': 'Something with the same identifier already exists with different content. Reload the page and enter it again.',
    withdrawn: 'This learning was withdrawn. It can no longer be changed or shared.',
    'tiers-only-widen': 'It is already shared more widely. A learning can be shared more widely, never less.',
    'not-published': 'This learning has not been shared yet.',
    'not-a-member': 'This person is not a member of the team.',
    // a field's rule
    fillIn: 'Please fill this in.',
    chooseOne: 'Please choose one.',
    chooseOption: 'Please choose one of the options.',
    tooLongMax: (max) => `This is too long: please keep it to ${max} characters or fewer.`,
    tooLong: 'This is too long.',
    ownExperiment: 'Evidence can only be experiments of your own team.',
    visibleLearning: 'This must be a learning or a lesson your team can see.',
    aNumber: 'Please enter a number, such as 4 or 2.5.',
    measureNeedsNumber: 'A measure needs a number.',
    resultWithValidates: 'When you say which learning you tried, also say what you found (and only then).',
    notValid: (message) => `This answer ${message || 'is not valid'}.`,
    // the request as a whole
    unexpected: (what) => `Something unexpected happened: ${what}. Please try again.`,
    unreachable: 'The ledger cannot be reached just now. Check the connection and try again: nothing is recorded twice.',
    seeFields: 'Some answers need another look: see the marked fields.',
    unreadable: 'The request could not be read. Please reload the page and try again.',
    expired: 'Your sign-in has expired. Please sign in again.',
    onlyOwningTeam: 'Only members of the team that owns this can do this.',
    onlySteward: 'Only a steward of a region where this learning is shared can do this.',
    notAllowed: 'You are not allowed to do this.',
    notYetPart: 'This part of the ledger is not available yet.',
    notFound: 'This could not be found. It may not exist, or it may not be shared with you.',
    clash: 'This clashes with a change made at the same time. Please try again.',
    identifying: 'Nothing was shared: the text would identify a child, a family or a worker. The places are marked below.',
    serverSide: 'Something went wrong on the ledger\'s side. Please try again in a moment: nothing is recorded twice.',
    refused: (status) => `The ledger refused this (${status}).`,
    // a section that could not be loaded
    notYetAvailable: (what) => `${what} is not available yet in this version of the ledger.`,
    couldNotShow: (what, why) => `${what} could not be shown. ${why}`,
    noAnswer: 'No answer',
  },
  cs: {
    'already-started': 'Tento experiment už běží.',
    'not-started': 'Nejdřív experiment spusťte: pozorování a závěr přicházejí až po spuštění.',
    'experiment-ended': 'Tento experiment už skončil, takže ho už nejde měnit.',
    'id-already-used': 'Záznam se stejným označením už existuje, ale s jiným obsahem. Načtěte stránku znovu a zadejte to ještě jednou.',
    withdrawn: 'Tento poznatek byl stažen. Už ho nejde měnit ani sdílet.',
    'tiers-only-widen': 'Poznatek je už sdílený šířeji. Sdílení jde jen rozšířit, nikdy zúžit.',
    'not-published': 'Tento poznatek ještě nebyl sdílen.',
    'not-a-member': 'Tento člověk není členem týmu.',
    fillIn: 'Vyplňte to prosím.',
    chooseOne: 'Vyberte prosím jednu možnost.',
    chooseOption: 'Vyberte prosím jednu z nabízených možností.',
    tooLongMax: (max) => `Tohle je moc dlouhé: zkraťte to prosím nejvýš na ${max} znaků.`,
    tooLong: 'Tohle je moc dlouhé.',
    ownExperiment: 'Jako podklad můžete uvést jen experimenty svého týmu.',
    visibleLearning: 'Musí to být poznatek nebo poučení, které váš tým vidí.',
    aNumber: 'Zadejte prosím číslo, třeba 4 nebo 2,5.',
    measureNeedsNumber: 'Měření potřebuje číslo.',
    resultWithValidates: 'Když uvedete, jaký poznatek jste vyzkoušeli, napište i k čemu jste došli (a jen tehdy).',
    // the server's own wording is English: in Czech only that the answer was not accepted
    notValid: (message) => (message ? 'Tuto odpověď kniha nepřijala. Zkontrolujte ji prosím.' : 'Tato odpověď není platná.'),
    unexpected: (what) => `Stalo se něco nečekaného: ${what}. Zkuste to prosím znovu.`,
    unreachable: 'Kniha teď není dostupná. Zkontrolujte připojení a zkuste to znovu: nic se nezapíše dvakrát.',
    seeFields: 'Některé odpovědi je potřeba ještě upravit: podívejte se na označená pole.',
    unreadable: 'Požadavek se nepodařilo přečíst. Načtěte prosím stránku znovu a zkuste to ještě jednou.',
    expired: 'Vaše přihlášení vypršelo. Přihlaste se prosím znovu.',
    onlyOwningTeam: 'Tohle mohou udělat jen členové týmu, kterému to patří.',
    onlySteward: 'Tohle může udělat jen krajský koordinátor (steward) kraje, se kterým je poznatek sdílený.',
    notAllowed: 'Tohle udělat nemůžete.',
    notYetPart: 'Tato část knihy zatím není k dispozici.',
    notFound: 'Tohle se nepodařilo najít. Možná neexistuje, nebo s vámi není sdílené.',
    clash: 'Ve stejnou chvíli to změnil někdo jiný. Zkuste to prosím znovu.',
    identifying: 'Nic nebylo sdíleno: podle textu by šlo poznat dítě, rodinu nebo pracovníka. Místa jsou označená níže.',
    serverSide: 'Na straně knihy se něco pokazilo. Zkuste to prosím za chvíli znovu: nic se nezapíše dvakrát.',
    refused: (status) => `Kniha to odmítla (${status}).`,
    notYetAvailable: (what) => `Část „${what}“ v této verzi knihy zatím není.`,
    couldNotShow: (what, why) => `Část „${what}“ se nepodařilo zobrazit. ${why}`,
    noAnswer: 'Bez odpovědi',
  },
};

/** A text of this catalogue in the page's language. */
export const t = translator(PROBLEMS);

/** A text in both languages, for the refusals that errors.js keeps as { en, cs }. */
export const both = (key) => ({ en: PROBLEMS.en[key], cs: PROBLEMS.cs[key] });
