// Texts of approved lessons where they read like learnings (the feed, the landscape), and of the report
// figures (issue 15), in English and Czech with the same keys. Czech as social workers say it: "poučení"
// for a lesson, "hlášení" for a confidential report, "kraj" for the region.
import { translator } from '../i18n.js';

export const LESSONS = {
  en: {
    lesson: 'Lesson',
    sharedLesson: (region) => `A lesson learnt from a confidential report in ${region}`,
    REGION: 'shared with the region',
    NATION: 'shared with the whole country',
    practice: 'What to do',
    erased: (on) => `Erased on ${on}`,
    erasedByReviewer: (on) => `Erased on ${on} by a learning reviewer of the region`,
    erasedByAdministrator: (on) => `Erased on ${on} by an administrator`,
    lessonsTitle: 'Lessons from confidential reports',
    lessonsHint: 'De-identified lessons the region’s learning reviewers wrote from what staff reported. They name no one.',
    colLesson: 'Lesson', colRegion: 'Region', colTier: 'Shared with', colSince: 'Since',
    noLessons: 'No lessons shared yet.',
    // the report figures
    navFigures: 'Report figures',
    figuresTitle: 'How many reports came in',
    figuresIntro: 'Confidential reports per region and kind. Never per person, team, reviewer or month.',
    figuresRule: 'Where fewer than 5 reports fall in a cell, we show no number: a small count could point at who spoke up. So 0 and 1 to 4 look the same.',
    colKind: 'Kind of report', colReports: 'Reports',
    fewerThan5: 'fewer than 5',
    noRegions: 'There are no regions whose figures you may see.',
    caption: (region) => `Reports of ${region} by kind`,
  },
  cs: {
    lesson: 'Poučení',
    sharedLesson: (region) => `Poučení z důvěrného hlášení, kraj ${region}`,
    REGION: 'sdíleno s krajem',
    NATION: 'sdíleno s celou republikou',
    practice: 'Jak postupovat',
    erased: (on) => `Vymazáno ${on}`,
    erasedByReviewer: (on) => `Vymazáno ${on} posuzovatelem kraje`,
    erasedByAdministrator: (on) => `Vymazáno ${on} administrátorem`,
    lessonsTitle: 'Poučení z důvěrných hlášení',
    lessonsHint: 'Anonymizovaná poučení, která posuzovatelé kraje sepsali z toho, co kolegové nahlásili. Nikoho nejmenují.',
    colLesson: 'Poučení', colRegion: 'Kraj', colTier: 'Sdíleno s', colSince: 'Od',
    noLessons: 'Zatím žádné sdílené poučení.',
    navFigures: 'Počty hlášení',
    figuresTitle: 'Kolik hlášení přišlo',
    figuresIntro: 'Důvěrná hlášení podle kraje a druhu. Nikdy podle člověka, týmu, posuzovatele ani měsíce.',
    figuresRule: 'Kde je hlášení méně než 5, číslo neukazujeme: z malého počtu by se dalo poznat, kdo se ozval. Proto 0 i 1 až 4 vypadají stejně.',
    colKind: 'Druh hlášení', colReports: 'Hlášení',
    fewerThan5: 'méně než 5',
    noRegions: 'Nemáte žádný kraj, jehož počty byste mohli vidět.',
    caption: (region) => `Hlášení kraje ${region} podle druhu`,
  },
};

/** A text of this catalogue in the page's language. */
export const t = translator(LESSONS);
