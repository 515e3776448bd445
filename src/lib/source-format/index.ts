// The source format of the budget notes, in one place: the importer and the fidelity test read
// the source through these functions and nothing else.
export * from './lines.ts';
export * from './recognisers.ts';
