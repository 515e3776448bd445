// The html-validate configuration the site is held to: the recommended preset (valid HTML5,
// accessibility and best-practice rules), with each exception stated and explained here.
import type { ConfigData } from 'html-validate';

/** Rules for the built pages. */
export const htmlValidateConfig: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // The page title is the area's title exactly as the council adopted it plus the site name;
    // some adopted titles alone are 65 characters, and shortening them would misname the area.
    'long-title': 'off',
    // Both spellings of a void element are valid HTML5. Astro templates write <wbr>, but MDX
    // renders the notes through JSX, which writes <wbr/> (the line breaks after slashes in the
    // notes' headings, src/lib/markdown/rehype-slash-breaks.ts): a page has both, so the rule
    // that wants one style throughout cannot hold.
    'void-style': 'off',
  },
};
