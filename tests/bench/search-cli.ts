// `npm run bench:search`: runs the search benchmark against dist/ (run `npm run build` first).
import { bench } from './search.ts';

await bench();
