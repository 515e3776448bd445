// Every string the site shows that is not content, in Danish. Components take strings from
// here so wording is changed in one place and never drifts between pages.

export const da = {
  siteName: 'Budgetbemærkninger',
  skipLink: 'Gå til sidens indhold',
  nav: {
    label: 'Hovedmenu',
    home: 'Forside',
    breadcrumb: 'Brødkrumme',
    pagination: 'Forrige og næste område',
    previous: 'Forrige område',
    next: 'Næste område',
  },
  front: {
    overviewCaption: 'Nettobudget pr. område',
    areaHeader: 'Område',
    netHeader: 'Nettobudget',
    shareHeader: 'Andel af i alt',
    total: 'I alt',
    totalLabel: 'Samlet nettobudget',
    areasHeading: 'Områderne',
    areaCount: (n: number) => `${n} budgetområder`,
    intro: (committee: string, year: number) =>
      `Bemærkningerne til budget ${year} for de områder, der hører under ${committee}. Vælg et område for at læse beskrivelsen, budgetgrundlaget og udviklingen.`,
  },
  area: {
    keyFigures: 'Nøgletal',
    netBudget: (year: number) => `Samlet nettobudget for området i ${year}`,
    parts: 'Fordelt på',
    partsSum: 'Delene i alt',
    share: (share: string) => `${share} af udvalgets samlede nettobudget`,
    budgetType: { rammebudget: 'Rammebudget' } as Record<string, string>,
    budgetTypeLabel: 'Budgettype',
    rounding: (difference: string) =>
      `Delene afviger ${difference} fra nettobudgettet. Det skyldes afrunding i kilden.`,
    deviationTitle: 'Bemærk: delene og nettobudgettet stemmer ikke',
    deviation: (sum: string, net: string, difference: string) =>
      `Kilden angiver dele på i alt ${sum}, mens nettobudgettet er ${net}: en forskel på ${difference}.`,
    related: 'Relaterede områder',
    relatedDerived: 'Henviser hertil',
  },
  table: {
    sourcePrefix: 'Kilde:',
    groupNote: 'Rækker med fed skrift er subtotaler af de indrykkede rækker under dem.',
    scrollHint: 'Tabellen kan rulles vandret.',
    accounts: 'Funktion',
  },
  footer: {
    source: 'Kilde',
    stage: 'Status',
    sourceText: 'Kildetekst',
  },
  accessibility: {
    footerLink: 'Tilgængelighedserklæring',
    title: 'Tilgængelighedserklæring',
    law: 'Offentlige myndigheders websteder skal have en tilgængelighedserklæring efter lov om tilgængelighed af offentlige organers websteder og mobilapplikationer (webtilgængelighedsloven).',
    pending: (municipality: string) =>
      `${municipality} udarbejder erklæringen for dette websted i Digitaliseringsstyrelsens værktøj til tilgængelighedserklæringer (WAS-værktøjet), og den bliver offentliggjort dér.`,
    pendingLink: 'Når erklæringen er offentliggjort, fører linket "Tilgængelighedserklæring" nederst på hver side direkte til den.',
    published: (municipality: string) =>
      `${municipality} har udarbejdet erklæringen for dette websted i Digitaliseringsstyrelsens værktøj til tilgængelighedserklæringer (WAS-værktøjet), hvor den er offentliggjort.`,
    publishedLink: 'Læs tilgængelighedserklæringen',
    testing: 'Webstedet testes automatisk ved hver ændring efter WCAG 2.2, niveau A og AA, både på skærm og ved udskrift.',
  },
  notFound: {
    title: 'Siden findes ikke',
    body: 'Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.',
    back: 'Gå til forsiden med alle budgetområder',
  },
} as const;

export type Dictionary = typeof da;
