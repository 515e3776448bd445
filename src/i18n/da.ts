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
    // The notes state no total: the site adds the areas' net budgets, and says so where it shows the sum.
    totalComputed: (areas: number) =>
      `Beregnet af webstedet som summen af de ${areas} områders nettobudgetter. Bemærkningerne angiver ikke selv et samlet beløb.`,
    computedShort: '(samlet nettobudget, beregnet af webstedet)',
    overviewComputed: 'I alt og andelene er beregnet af webstedet ud fra områdernes nettobudgetter.',
    areasHeading: 'Områderne',
    areaCount: (n: number) => (n === 1 ? '1 budgetområde' : `${n} budgetområder`),
    documentsTitle: 'Budgetbemærkninger',
    documentsIntro: (n: number) =>
      `Bemærkningerne til budgettet, ${n} dokumenter: et for hvert budgetår og udvalg. Vælg et dokument for at se dets områder.`,
    newestHeading: (label: string) => `Nyeste: ${label}`,
    openDocument: (label: string) => `Gå til ${label}`,
    intro: (committee: string, year: number) =>
      `Bemærkningerne til budget ${year} for de områder, der hører under ${committee}. Vælg et område for at læse beskrivelsen, budgetgrundlaget og udviklingen.`,
  },
  area: {
    keyFigures: 'Nøgletal',
    netBudget: (year: number) => `Samlet nettobudget for området i ${year}`,
    parts: 'Fordelt på',
    share: (share: string) => `${share} af udvalgets samlede nettobudget, som webstedet har lagt sammen af områdernes nettobudgetter`,
    budgetType: { rammebudget: 'Rammebudget' } as Record<string, string>,
    budgetTypeLabel: 'Budgettype',
    // The source gives no reason for a small difference; the site says what it sees, and what is usual.
    rounding: (difference: string) =>
      `Delene afviger ${difference} fra nettobudgettet. Kilden siger ikke hvorfor; så små forskelle skyldes som regel afrunding.`,
    deviationTitle: 'Bemærk: delene og nettobudgettet stemmer ikke',
    // Only what the source states (the net and each part) and the site's own sum of the parts, named as such.
    deviation: (parts: readonly string[], sum: string, net: string, difference: string) =>
      `Kilden angiver nettobudgettet til ${net} og delene til ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} og ${parts.at(-1)}` : parts[0]} Lagt sammen giver delene ${sum}, en forskel på ${difference}`, // each amount ends in "kr.", which ends its sentence
    related: 'Relaterede områder',
    otherDocuments: 'Området i andre budgetår',
    inBudget: (title: string, year: number) => `${title} i budget ${year}`,
    inDocument: (title: string, label: string) => `${title} i ${label}`,
    overYearsTitle: (title: string) => `Nettobudget for ${title} pr. budgetår`,
    overYearsCaption: 'Nettobudget pr. budgetår, med ændringen fra året før',
    overYearsSummary: (first: string, firstAmount: string, last: string, lastAmount: string, change: string, percent: string) =>
      `Nettobudgettet er ${firstAmount} i ${first} og ${lastAmount} i ${last}: en ændring på ${change}${percent}.`,
    overYearsNote: 'Beløbene er hvert dokuments nettobudget for området. Ændringerne er beregnet af denne side, ikke angivet i bemærkningerne.',
    yearHeader: 'Budgetår',
    changeHeader: 'Ændring i kr.',
    changePercentHeader: 'Ændring i %',
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
    contact: 'Spørgsmål om budgettet',
    document: 'Dokument',
    documents: 'Dokumenter',
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
    rowsInDocument: (number: string, label: string) => `Antal ydelsesmodtagere på funktion ${number} i ${label}`,
    documentsLabel: 'Nævnt i',
    overYearsHeading: 'Antal over årene',
    overYearsCaption: 'Antal ydelsesmodtagere pr. år fra alle dokumenter, der angiver dem',
    yearHeader: 'År',
    kindHeader: 'Art',
    countHeader: 'Antal',
    documentHeader: 'Dokument',
    kind: { faktisk: 'Faktisk', budget: 'Budget' } as Record<'faktisk' | 'budget', string>,
    differs: (label: string, count: string) => `Afviger: ${label} angiver ${count}.`,
    conflictTitle: 'Bemærk: dokumenterne angiver forskellige tal',
    conflictBody:
      'For mindst ét år og én art angiver to dokumenter forskellige antal for samme række. Begge tal vises, som dokumenterne skriver dem; de er ikke lagt sammen eller rettet.',
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
      'Søg efter ord i teksten, et beløb (989.049.000 eller 989,0 mio.) eller en funktion, skrevet som 05.57.73, 5.57.73, 055773, 55773 eller 57.73. Begyndelsen af et nummer, fx 05.57, viser funktionerne under det. Resultaterne vises, mens du skriver.',
    keyboardHint: 'Ctrl+K (⌘+K på Mac) går til søgefeltet. Piletasterne flytter mellem resultaterne, Enter åbner et resultat, og Esc rydder feltet.',
    resultsLabel: 'Søgeresultater',
    noScript: 'Søgningen kræver JavaScript, som er slået fra i din browser. Du kan i stedet gå direkte til et af budgetområderne:',
    loadError: 'Søgningen kunne ikke indlæses. Prøv at genindlæse siden.',
    count: (n: string, query: string, document?: string) =>
      `${n === '1' ? '1 resultat' : `${n} resultater`} for »${query}«${document ? ` i ${document}` : ''}`,
    none: (query: string, document?: string) =>
      `Ingen resultater for »${query}«${document ? ` i ${document}` : ''}. Prøv et andet ord, eller et funktionsnummer som 05.57.73.`,
    allDocuments: 'Søg i alle dokumenter',
    showAll: (n: string) => `Vis alle ${n} resultater`,
  },
  openData: {
    footerLink: 'Data',
    linksLabel: 'Hent tallene:',
    csv: 'CSV',
    json: 'JSON',
    /** Hidden after the link text, so each link says which table it fetches. */
    linkTarget: (table: string) => ` (${table})`,
    pageTitle: (year: number, committee: string) => `Data: Budget ${year}, ${committee}`,
    pageIntro: (year: number, committee: string) =>
      `Alle tal i bemærkningerne til budget ${year} for ${committee} som åbne data, til regneark og programmer. Filerne dannes af de samme oplysninger som siderne, hver gang webstedet bygges, så tallene altid er de samme som på siderne.`,
    sourceHeading: 'Hvor tallene kommer fra',
    source: (title: string, municipality: string, stage: string) =>
      `Tallene er skrevet af fra ${title} (${municipality}, ${stage.toLowerCase()}), som de står i kilden. Kun andelene af det samlede nettobudget er regnet ud af webstedet; det står ved de kolonner, det gælder.`,
    sourceTextLink: 'Læs kildeteksten',
    filesHeading: 'Filerne',
    filesIntro:
      'Hver tabel findes som CSV og som JSON med de samme rækker. Under hver tabel på webstedet kan du også hente netop den tabels tal.',
    fileHeader: 'Fil',
    formatHeader: 'Format',
    sizeHeader: 'Størrelse',
    contentHeader: 'Indhold',
    filesCaption: 'Dokumentets datafiler',
    sliceFilesCaption: 'Tallene fra de enkelte tabeller på områdesiderne',
    columnsHeading: 'Kolonnerne',
    columnsCaption: (table: string) => `Kolonnerne i ${table}`,
    columnHeader: 'Kolonne',
    typeHeader: 'Type',
    descriptionHeader: 'Betydning',
    types: { string: 'tekst', integer: 'heltal', number: 'decimaltal', boolean: 'ja/nej' } as Record<string, string>,
    excelHeading: 'Åbn i Excel',
    excel:
      'CSV-filerne åbner direkte i Excel med dansk opsætning: semikolon mellem kolonnerne, UTF-8 med BOM (så æ, ø og å står rigtigt), én overskriftsrække, hele tal uden tusindtalsseparator og decimaltal med komma. En tekst, der begynder med =, +, -, @, tabulator eller linjeskift, står med en apostrof foran, så Excel ikke læser den som en formel; JSON-filerne har teksten uden apostrof.',
    excelLeadingZero: 'Excel viser hovedkonto 05 som 5; kolonnen konto har altid hele nummeret, fx 05.57.73.',
    packageHeading: 'Databeskrivelse',
    package:
      'datapackage.json beskriver alle filerne efter standarden Frictionless Data Package: hver kolonnes navn, type og betydning, CSV-formatet og hvilket dokument tallene kommer fra.',
    combinedHeading: 'Alle dokumenter samlet',
    combined: 'De samme tabeller for alle dokumenter på webstedet i ét sæt:',
    schemaHeading: 'Indholdsmodellen',
    schema:
      'JSON Schema for områdernes oplysninger (frontmatter) og dokumentets fakta, til redaktører og til dem, der vil læse filerne i content/ direkte:',
    bytes: (n: string) => `${n} byte`,
    packageTitle: (year: number, committee: string, municipality: string) =>
      `Budget ${year}, ${committee}, ${municipality}: tallene i bemærkningerne`,
    packageDescription: (title: string) =>
      `Nettobudgetter, dele, antal ydelsesmodtagere og funktionskonti fra ${title}, som de står i kilden. CSV-filerne er semikolonseparerede, UTF-8 med BOM; tekst, der begynder med =, +, -, @, tabulator eller linjeskift, har en apostrof foran (ikke i JSON).`,
    combinedTitle: 'Budgetbemærkningerne: tallene fra alle dokumenter',
    combinedDescription: (labels: string) => `De samme tabeller som for hvert dokument, samlet for: ${labels}.`,
    tables: {
      omraader: {
        title: 'Områderne',
        description: 'Ét område pr. række: nettobudget, andel af dokumentets samlede nettobudget, budgettype og en eventuel afvigelse mellem delene og nettobudgettet.',
      },
      dele: {
        title: 'Delene',
        description: 'De dele, som kilden fordeler et områdes nettobudget på (fx Stab og Fælles), én del pr. række.',
      },
      modtagere: {
        title: 'Ydelsesmodtagere',
        description: 'Modtagertabellerne i lang form: én række pr. tabelrække og kolonne (år), med antal. Subtotaler står som egne rækker og er markeret.',
      },
      konti: {
        title: 'Funktionskonti',
        description: 'De funktionskonti, bemærkningerne nævner, delt i hovedkonto, hovedfunktion og funktion, med område.',
      },
    },
    areaSchemaTitle: 'Budgetområde',
    areaSchemaDescription:
      'Frontmatter for ét budgetområde (omraader/<slug>.mdx): titel, nettobudget, dele, konti og modtagertabel. Beløb i hele kroner.',
    documentSchemaTitle: 'Budgetdokument',
    documentSchemaDescription: 'Fakta om ét budgetdokument: kommune, udvalg, budgetår, stadie, titel og kilde.',
    sliceTitle: (table: string, area: string) => `${table}: ${area}`,
    sliceDescription: (table: string, area: string) => `Tabellen »${table}« for området ${area} alene, som den står på områdets side.`,
    fields: {
      dokument: 'Dokumentets id: budgetår og udvalg, fx 2022-oekonomiudvalget.',
      budgetaar: 'Budgetåret.',
      udvalg: 'Det udvalg, området hører under.',
      nr: 'Områdets plads i dokumentet (1 er det første).',
      omraade: 'Områdets id, som i adressen til områdets side.',
      titel: 'Områdets titel, som kilden skriver den.',
      omraade_titel: 'Områdets titel, som kilden skriver den.',
      nettobudget_kr: 'Områdets samlede nettobudget i budgetåret i hele kroner, som kilden angiver det.',
      andel_procent:
        'Beregnet af webstedet, står ikke i kilden: områdets nettobudget i procent af summen af alle dokumentets nettobudgetter, afrundet til to decimaler.',
      budgettype: 'Budgettypen, hvor kilden angiver den (rammebudget); ellers tom.',
      afvigelse_kr:
        'Hvor kildens dele ikke giver nettobudgettet: delenes sum minus nettobudgettet i kroner (negativ, når delene er mindre), som erklæret i områdets oplysninger; ellers tom.',
      afvigelse_note: 'Webstedets bemærkning til afvigelsen, som den står på områdets side; ellers tom.',
      del_nr: 'Delens plads i områdets fordeling (1 er den første).',
      del: 'Delens navn, som kilden skriver det.',
      beloeb_kr: 'Delens beløb i hele kroner, som kilden angiver det.',
      raekke_nr: 'Rækkens plads i tabellen (1 er den første), subtotaler medregnet.',
      raekke: 'Rækkens tekst, som kilden skriver den, uden kontonumre.',
      konti: 'Funktionskonti, rækken tæller, skrevet NN.NN.NN og adskilt af komma; tom for en subtotal.',
      gruppe: 'For en række i en gruppe: gruppens (subtotalens) tekst; ellers tom.',
      subtotal: 'ja, når rækken er en subtotal af de rækker, der har dens tekst som gruppe; ellers nej.',
      kolonne: 'Kolonnens overskrift, som kilden skriver den, fx »Faktisk antal 2020«.',
      aar: 'Det år, kolonnen tæller.',
      art: 'faktisk (opgjort antal) eller budget (budgetteret antal).',
      antal: 'Antal ydelsesmodtagere, som kilden angiver det.',
      konto: 'Funktionskontoen, skrevet som i bemærkningerne: hovedkonto.hovedfunktion.funktion.',
      hovedkonto: 'Kontoens hovedkonto (de to første cifre).',
      hovedfunktion: 'Kontoens hovedfunktion (de to midterste cifre).',
      funktion: 'Kontoens funktion (de to sidste cifre).',
      navn: 'Funktionens navn, som bemærkningerne giver det; for en konto, der kun står i modtagertabellen, tabelrækkens tekst.',
    },
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
  glossary: {
    title: 'Ord og forkortelser',
    footerLink: 'Ord og forkortelser',
    intro:
      'Forkortelser og budgetord, som bemærkningerne bruger. Første gang et af dem står i teksten på en side, er det et link hertil. Peg på det, eller gå til det med tastaturet, for at se forklaringen uden at forlade siden.',
    abbreviations: 'Forkortelser',
    terms: 'Budgetord',
    fullForm: 'Står for',
    source: 'Kilde',
    // Which documents' notes a quote is from, where it can be said (glossary-list.ts: quotingDocuments).
    quote: (quote: string, documents: readonly string[] = []) =>
      `${documents.length > 0 ? `bemærkningerne til ${documents.join(' og til ')}` : 'bemærkningerne'}: »${quote}«`,
    nettobudgetLink: 'Hvad er et nettobudget?',
    noteLabel: 'Forkortelser og ord, der er forklaret i ordlisten',
  },
  notFound: {
    title: 'Siden findes ikke',
    body: 'Vi kan ikke finde den side, du leder efter. Måske er adressen skrevet forkert, eller siden er flyttet.',
    back: 'Gå til forsiden med alle budgetområder',
  },
} as const;

export type Dictionary = typeof da;

/** Danish text the importer writes into content (not UI): the reader's note on a deviation, the default title. */
export const importText = {
  partsDeviationNote:
    // Says only what is certain of any source: the figures are its own. An editor replaces it with
    // what the notes themselves say about the difference (an editorial field; a re-import keeps it).
    'Kilden opgiver både nettobudgettet og delbeløbene sådan, og tallene er gengivet uændret.',
  defaultTitle: 'Bemærkninger',
} as const;
