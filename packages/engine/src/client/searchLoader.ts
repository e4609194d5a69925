/**
 * The only script every page loads (a few hundred bytes). It wires the
 * search button and the `/` and Ctrl/⌘+K shortcuts, and imports the search
 * UI (and through it Pagefind) only when the reader starts to search. It
 * also loads, on the side, the recorder of the reader's visit for the 新着
 * marks (visitRecorder.ts): one page script, nothing it waits for.
 */
type SearchUi = typeof import('./searchUi.ts');

let ui: Promise<SearchUi> | undefined;
const loadUi = (): Promise<SearchUi> => (ui ??= import('./searchUi.ts'));

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const trigger = document.querySelector<HTMLButtonElement>('[data-search-open]');
const pageRoot = document.querySelector<HTMLElement>('[data-search-root="page"]');

function start(root: HTMLElement): void {
  void loadUi().then((module) => module.attach(root));
}

function openDialog(): void {
  if (!dialog) return;
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
  const root = dialog.querySelector<HTMLElement>('[data-search-root]');
  if (root) start(root);
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

trigger?.addEventListener('click', openDialog);
dialog?.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
// A click on the backdrop (the dialog element itself, outside its content) closes it.
dialog?.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});
// Esc always closes, even when the search box would first use it to clear itself.
dialog?.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  dialog.close();
});
// Focus goes back to the button that opened the dialog.
dialog?.addEventListener('close', () => trigger?.focus());

document.addEventListener('keydown', (event) => {
  const shortcut =
    (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey) ||
    (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target));
  if (!shortcut) return;
  event.preventDefault();
  // On the search page the shortcuts go to its own search box.
  const pageInput = pageRoot?.querySelector<HTMLInputElement>('[data-search-input]');
  if (pageInput) pageInput.focus();
  else openDialog();
});

if (pageRoot) {
  // /search/?q=… is itself a search: start at once. Otherwise wait for the reader.
  if (new URLSearchParams(location.search).toString() !== '') start(pageRoot);
  else pageRoot.addEventListener('focusin', () => start(pageRoot), { once: true });
}

void import('./visitRecorder.ts');
