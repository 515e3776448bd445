// The colours a chart draws with, read from the page's tokens (base.css: --chart-*), so charts
// follow the colour scheme and, in forced colours, the system's colours (CanvasText, Canvas…).

/** Text, axis, grid and series colours, resolved to values a canvas understands. */
export interface ChartPalette {
  text: string;
  muted: string;
  grid: string;
  /** Background of the patterned series (the gaps between stripes). */
  patternBg: string;
  series: string[];
}

/** The computed colour of a token: custom properties keep keywords like CanvasText, a probe resolves them. */
function resolve(within: Element, token: string): string {
  const probe = document.createElement('span');
  // Not forced itself: the probe must show the token's own value, which in forced colours is a system colour.
  probe.style.forcedColorAdjust = 'none';
  probe.style.color = `var(${token})`;
  probe.hidden = true;
  within.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** The palette in effect for charts inside `within` now. */
export function readPalette(within: Element): ChartPalette {
  return {
    text: resolve(within, '--chart-text'),
    muted: resolve(within, '--chart-muted'),
    grid: resolve(within, '--chart-grid'),
    patternBg: resolve(within, '--chart-pattern-bg'),
    series: [0, 1, 2].map((index) => resolve(within, `--chart-series-${index}`)),
  };
}

/** Media whose change alters the palette: charts are drawn again when either changes. */
export const PALETTE_MEDIA = ['(forced-colors: active)', '(prefers-color-scheme: dark)'] as const;
