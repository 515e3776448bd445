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
  },
};
