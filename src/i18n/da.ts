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
  search: {
    landmark: 'Søg i budgetbemærkningerne',
    placeholder: 'Søg, fx 05.57.73',
    submit: 'Søg',
    pageTitle: 'Søg',
    pageHeading: 'Søg i budgetbemærkningerne',
    pageLabel: 'Søgeord eller funktionsnummer',
    pageIntro:
      'Søg efter ord i teksten eller efter en funktion, skrevet som 05.57.73, 5.57.73, 055773, 55773 eller 57.73. Resultaterne vises, mens du skriver.',
    keyboardHint: 'Ctrl+K (⌘+K på Mac) går til søgefeltet. Piletasterne flytter mellem resultaterne, Enter åbner et resultat, og Esc rydder feltet.',
    resultsLabel: 'Søgeresultater',
    noScript: 'Søgningen kræver JavaScript, som er slået fra i din browser. Du kan i stedet gå direkte til et af budgetområderne:',
    loadError: 'Søgningen kunne ikke indlæses. Prøv at genindlæse siden.',
    count: (n: string, query: string) => (n === '1' ? `1 resultat for »${query}«` : `${n} resultater for »${query}«`),
    none: (query: string) => `Ingen resultater for »${query}«. Prøv et andet ord, eller et funktionsnummer som 05.57.73.`,
    showAll: (n: string) => `Vis alle ${n} resultater`,
  },
  notFound: {
    title: 'Siden findes ikke',
    body: 'Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.',
    back: 'Gå til forsiden med alle budgetområder',
  },
} as const;

export type Dictionary = typeof da;
