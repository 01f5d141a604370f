// Texts of working in the field (issue 13, item 4): typed text kept on the device until it is recorded,
// commands waiting for a connection. English and Czech with the same keys.
import { translator } from '../i18n.js';

export const FIELD = {
  en: {
    restored: 'What you typed here earlier is back. It is kept on this device only and is not recorded yet.',
    discard: 'Discard it',
    discarded: 'What you had typed is discarded.',
    waiting: (n) => (n === 1 ? '1 record waiting to send' : `${n} records waiting to send`),
    waitingHint: 'There is no connection. It is kept on this device and sent as soon as the connection returns.',
    queued: 'No connection: the observation waits on this device and is sent when the connection returns.',
    sent: (n) => (n === 1 ? 'The record that was waiting has been sent.' : `The ${n} records that were waiting have been sent.`),
    notSent: (what) => `A waiting record could not be recorded: ${what}`,
    offlineShell: 'No connection. The ledger shows what this device already has; what you record waits to be sent.',
  },
  cs: {
    restored: 'Text, který jste tu předtím napsali, je zpět. Je uložený jen v tomto zařízení a ještě není zaznamenaný.',
    discard: 'Zahodit ho',
    discarded: 'Napsaný text je zahozený.',
    waiting: (n) => (n === 1 ? '1 záznam čeká na odeslání' : n < 5 ? `${n} záznamy čekají na odeslání` : `${n} záznamů čeká na odeslání`),
    waitingHint: 'Není připojení. Záznam je uložený v tomto zařízení a odešle se, jakmile se připojení vrátí.',
    queued: 'Není připojení: pozorování čeká v tomto zařízení a odešle se, až se připojení vrátí.',
    sent: (n) => (n === 1 ? 'Čekající záznam je odeslaný.' : `Čekající záznamy (${n}) jsou odeslané.`),
    notSent: (what) => `Čekající záznam se nepodařilo zaznamenat: ${what}`,
    offlineShell: 'Není připojení. Ledger ukazuje, co už zařízení má; co zaznamenáte, počká na odeslání.',
  },
};

/** A text of this catalogue in the page's language. */
export const t = translator(FIELD);
