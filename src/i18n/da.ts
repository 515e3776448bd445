// Every string the site shows that is not content, in Danish. Components take strings from
// here so wording is changed in one place and never drifts between pages.

export const da = {
  siteName: 'Budgetbemærkninger',
  skipLink: 'Gå til sidens indhold',
  nav: {
    home: 'Forside',
    breadcrumb: 'Brødkrumme',
    pagination: 'Forrige og næste område',
    previous: 'Forrige område',
    next: 'Næste område',
    areas: 'Områder',
    toTop: 'Til toppen',
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
    share: (share: string) => `${share} af udvalgets samlede nettobudget`,
    budgetType: { rammebudget: 'Rammebudget' } as Record<string, string>,
    budgetTypeLabel: 'Budgettype',
    rounding: (difference: string) =>
      `Delene afviger ${difference} fra nettobudgettet. Det skyldes afrunding i kilden.`,
    deviationTitle: 'Bemærk: delene og nettobudgettet stemmer ikke',
    deviation: (sum: string, net: string, difference: string) =>
      `Kilden angiver dele på i alt ${sum}, mens nettobudgettet er ${net}: en forskel på ${difference}`, // the amount ends in "kr.", which ends the sentence
    related: 'Relaterede områder',
  },
  table: {
    sourcePrefix: 'Kilde:',
    /** One sentence per subtotal, naming the rows it sums, so the note needs no bold or indentation. */
    groupNote: (group: string, rows: readonly string[]) =>
      `${group} er summen af ${rows.length > 1 ? `${rows.slice(0, -1).join(', ')} og ${rows.at(-1)}` : rows[0]}.`,
    groupNotePrefix: 'Subtotaler:',
    scrollCue: 'Tabellen har flere kolonner: rul vandret for at se dem.',
  },
  charts: {
    overviewTitle: 'Nettobudget pr. område, største først',
    overviewSummary: (area: string, amount: string, share: string) =>
      `${area} har det største nettobudget: ${amount}, ${share} af i alt.`,
    partsTitle: 'Nettobudgettet fordelt på dele',
    partsSummary: (part: string, amount: string, share: string) =>
      `${part} er den største del: ${amount}, ${share} af delene i alt.`,
    partsCaption: 'Delene og deres andel af delene i alt',
    partHeader: 'Del',
    amountHeader: 'Beløb',
    partShareHeader: 'Andel af delene',
    partsTotal: 'Delene i alt',
    partsAboveNet: (difference: string, net: string) =>
      `Delene er tilsammen ${difference} mere end nettobudgettet på ${net}; se bemærkningen ovenfor.`,
    partsBelowNet: (difference: string, net: string) =>
      `Delene er tilsammen ${difference} mindre end nettobudgettet på ${net}; se bemærkningen ovenfor.`,
    recipientsTitle: 'Antal ydelsesmodtagere pr. funktion',
    recipientsLargest: (row: string, column: string, count: string) => `${row} har flest modtagere i ${column} (${count})`,
    recipientsRiseAndFall: (from: string, to: string, rise: string, riseBy: string, fall: string, fallBy: string) =>
      `fra ${from} til ${to} stiger ${rise} mest (${riseBy}), mens ${fall} falder mest (${fallBy})`,
    recipientsRise: (from: string, to: string, rise: string, riseBy: string) =>
      `fra ${from} til ${to} stiger ${rise} mest (${riseBy})`,
    recipientsFall: (from: string, to: string, fall: string, fallBy: string) =>
      `fra ${from} til ${to} falder ${fall} mest (${fallBy})`,
    canvasLabel: 'Søjlediagram over tallene i tabellen',
    change: (from: number, to: number) => `Ændring ${from}–${to}`,
    changePercent: (from: number, to: number) => `Ændring ${from}–${to} i %`,
    noPercent: 'kan ikke beregnes, antallet i udgangsåret er 0',
    noPercentNote:
      '– i en procentkolonne betyder, at ændringen ikke kan angives i procent, fordi antallet i udgangsåret er 0.',
  },
  footer: {
    source: 'Kilde',
    stage: 'Status',
    sourceText: 'Kildetekst',
  },
  print: {
    button: 'Udskriv',
    printed: 'Udskrevet',
    from: 'fra',
    pageNumber: 'Side {page} af {pages}',
    bookletLink: 'Udskriv hele bemærkningerne',
    bookletTitle: 'Hele bemærkningerne til udskrift',
    bookletIntro: 'Alle budgetområderne samlet på én side, i dokumentets rækkefølge, til udskrift. Hvert område begynder på en ny side.',
    contents: 'Indhold',
    overview: 'Oversigt',
  },
  headings: {
    anchorLabel: (heading: string) => `Link til afsnittet: ${heading}`,
    tocLabel: 'Indhold på siden',
  },
  accounts: {
    nav: 'Konti',
    footerLink: 'Alle funktionskonti',
    indexTitle: 'Funktionskonti',
    indexIntro:
      'De funktionskonti, som bemærkningerne nævner, ordnet efter hovedkonto, hovedfunktion og funktion. Antallet af ydelsesmodtagere er fra områdets tabel.',
    hovedkonto: (code: string, name?: string) => `Hovedkonto ${Number(code)}${name ? `: ${name}` : ''}`,
    hovedfunktion: (code: string) => `Hovedfunktion ${code}`,
    funktion: 'Funktion',
    hovedkontoLabel: 'Hovedkonto',
    hovedkontoValue: (code: string, name?: string) => `${Number(code)}${name ? ` ${name}` : ''}`,
    hovedfunktionLabel: 'Hovedfunktion',
    area: 'Område',
    areas: 'Områder',
    row: 'Række i tabellen',
    noRows: 'Ingen tal i bemærkningerne',
    indexCaption: (hovedfunktion: string) => `Funktionskonti under hovedfunktion ${hovedfunktion} med antal ydelsesmodtagere`,
    sharedRow: 'Fælles række for',
    inGroup: (group: string) => `Indgår i ${group}`,
    and: 'og',
    facts: 'Om kontoen',
    rowsHeading: 'Ydelsesmodtagere',
    rowsCaption: (number: string) => `Antal ydelsesmodtagere på funktion ${number}`,
    noRowsText: 'Bemærkningerne angiver ikke antal ydelsesmodtagere for denne funktion.',
    mentionsHeading: 'Nævnt i bemærkningerne',
    readInContext: 'Læs i sammenhæng:',
    noMentions: 'Bemærkningernes tekst nævner ikke kontoen; den indgår kun i tabellen.',
    description: (number: string, name: string, area: string) =>
      `Funktion ${number} ${name} i bemærkningerne til budgettet for ${area}: antal ydelsesmodtagere og de afsnit, der nævner kontoen.`,
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
