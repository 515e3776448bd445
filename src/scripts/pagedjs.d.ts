// The parts of Paged.js (npm "pagedjs", which ships no types) that paged-print.ts uses.
declare module 'pagedjs' {
  export class Polisher {
    constructor(setup?: boolean);
    setup(): CSSStyleSheet;
    destroy(): void;
  }
  export class Previewer {
    constructor(options?: object);
    polisher: Polisher;
    preview(content?: Node, stylesheets?: (string | Record<string, string>)[], renderTo?: Element): Promise<{ total: number }>;
  }
}
