// Print enhancement: an "Udskriv" button, and the date and address a paper copy was printed
// from. Printing works without this script; the browser's own print gives the same document.
import { formatDate } from '../lib/format.ts';

const stamp = () => {
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-stamp]')) {
    const date = el.querySelector('time');
    const url = el.querySelector('[data-print-url]');
    const now = new Date();
    if (date) {
      date.textContent = formatDate(now);
      date.dateTime = now.toISOString().slice(0, 10);
    }
    if (url) url.textContent = location.href.replace(/#.*$/, '');
    el.hidden = false;
  }
};

// The button only exists where the script runs, so there is never a button that does nothing.
for (const template of document.querySelectorAll<HTMLTemplateElement>('template[data-print-button]')) {
  const button = template.content.firstElementChild?.cloneNode(true);
  if (button instanceof HTMLButtonElement) {
    // A page that prints in its own way (the booklet) cancels the request and prints itself.
    button.addEventListener('click', () => dispatchEvent(new Event('print-request', { cancelable: true })) && print());
    template.after(button);
  }
}
stamp();
addEventListener('beforeprint', stamp);
