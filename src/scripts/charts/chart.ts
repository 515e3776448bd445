// The one place Chart.js is imported: only the parts our horizontal bar charts use are
// registered, so the bundle stays small (chart.js/auto would pull in every chart type).
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

// The page's own font, so the chart reads like the text around it; colours come per chart from
// the page's tokens (palette.ts).
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
Chart.defaults.font.size = 13;

export { Chart };
