// On every page, so it stays tiny (a test holds it under its byte budget): it adds Ctrl/⌘+K
// and loads the search UI (and with it Pagefind) only when someone starts to search.
// The search page is the exception: there, searching is why the page was opened.

const forms = [...document.querySelectorAll<HTMLFormElement>('form[data-search]')];
let ui: Promise<typeof import('./search-ui.ts')> | undefined;

const enhance = (form: HTMLFormElement) => {
  ui ??= import('./search-ui.ts');
  // Without the UI the form still submits to the search page, so a failed load needs no handling here.
  ui.then((module) => module.enhance(form)).catch(() => {});
};

for (const form of forms) {
  if (form.dataset.search === 'page') enhance(form);
  else form.addEventListener('focusin', () => enhance(form), { once: true });
}

// The last form is the one the shortcut should reach: the search page's own box where it exists.
// Only that box announces the shortcut, and only once the shortcut exists.
const target = forms.at(-1)?.querySelector<HTMLInputElement>('input[name="q"]');
target?.setAttribute('aria-keyshortcuts', 'Control+K Meta+K');
document.addEventListener('keydown', (event) => {
  if (target && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    target.focus();
    target.select();
  }
});
