// Printing the booklet: its contents give each area's page, which only a script that lays the
// booklet out in pages can know. The "Udskriv" button and Ctrl/⌘+P run Paged.js (loaded only
// now, it is large) before the browser prints; the browser's menu print, or a print without
// JavaScript, gives the same booklet with contents that list the areas without page numbers.
let busy = false;

async function printWithPageNumbers(): Promise<void> {
  if (busy) return;
  busy = true;
  // Laying out a long booklet takes a while: the button says so meanwhile (and keeps its focus).
  const button = document.querySelector<HTMLButtonElement>('.print-tools__button');
  button?.setAttribute('aria-busy', 'true');
  try {
    const { printPaged } = await import('./paged-print.ts');
    await printPaged();
  } catch (error) {
    // Better a booklet without page numbers than none.
    console.error(error);
    print();
  } finally {
    busy = false;
    button?.removeAttribute('aria-busy');
  }
}

addEventListener('print-request', (event) => {
  event.preventDefault();
  void printWithPageNumbers();
});
addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p') {
    event.preventDefault();
    void printWithPageNumbers();
  }
});
