/**
 * The small accessibility repairs Decap CMS needs, in one place (docs/cms.md
 * 「アクセシビリティ」). axe (WCAG 2.1 AA) on the editor found, before these:
 * the rich-text switch without aria-checked or a name (critical), the body
 * editor without a name, the preview frame without a title, toolbar menus
 * nested in another button, and grey/teal text below 4.5:1 (also the red
 * 「未保存」 badge of an edited entry, #ff003b at 3.9:1). Its dialogs (the
 * media library) faded in over 0.2 s: until then their text, the title
 * (LibraryTitle) first, is part-transparent and below 4.5:1, which is what
 * axe measures when it runs in those 0.2 s (on a machine slowed by loading
 * Noto CJK it did), so they now appear at once. Decap draws its
 * screen at run time, so the repairs follow the page as it changes.
 * tests/e2e/cms.spec.ts runs axe on the list, a new and an existing entry;
 * Two notices Decap writes in English in its code (a media upload or
 * deletion that failed) get the dictionary's Japanese opening, and the
 * error class name it puts before the reason ("API_ERROR: ", "Error: ")
 * is left out.
 * tests/e2e/cms-gitlab.spec.ts checks the media library opens at full strength
 * and that its refusals are Japanese.
 */
export interface A11yWords {
  previewTitle: string;
  markdownSwitch: string;
  bodyEditor: string;
  toggleItem: string;
  removeItem: string;
  dragItem: string;
  /** In place of Decap's English "Failed to persist media:" (written in its code, not in its locale). */
  mediaSaveFailed: string;
  /** In place of Decap's English "Failed to delete media:". */
  mediaDeleteFailed: string;
}

/** Decap's notices written in English in its code (WCAG 3.1.2: no English part in a Japanese page). */
const ENGLISH_NOTICES: ReadonlyArray<[RegExp, 'mediaSaveFailed' | 'mediaDeleteFailed']> = [
  [/^Failed to persist media: /u, 'mediaSaveFailed'],
  [/^Failed to delete media: /u, 'mediaDeleteFailed'],
];

/** Colours with at least 4.5:1 on Decap's white and light grey (its own are 2.9–3.9:1); dialogs without the fade-in. */
const STYLES = `
[class*="AppHeaderButton"], [class*="AppHeaderSiteLink"], [class*="AppHeaderLink"],
[class*="SidebarNavLink"], a[data-testid], [class*="ToolbarToggleLabel"] { color: #3b4350 !important; }
[class*="AppHeaderButton"][class*="buttonActive"], [class*="SidebarNavLink"][class*="active"] { color: #1d4a9e !important; }
[class*="grayText"], [class*="CollectionTop"] p, [class*="Description"] { color: #3b4350 !important; }
[class*="PublishButton"], [class*="StyledDropdownButton"][class*="PublishButton"] { background-color: #0b5f6b !important; color: #fff !important; }
.ReactModalPortal > div { transition: none !important; }
[class*="textBadgeDanger"] { color: #b00027 !important; }
`;

function repair(root: ParentNode, words: A11yWords): void {
  for (const notice of root.querySelectorAll<HTMLElement>('.Toastify__toast-body div')) {
    const text = notice.firstChild;
    if (notice.childNodes.length !== 1 || !(text instanceof Text)) continue;
    let data = text.data;
    for (const [english, word] of ENGLISH_NOTICES) data = data.replace(english, words[word]);
    // The error's class name Decap puts before the reason (「…に失敗しました。API_ERROR: …」, 「…Error: …」).
    data = data.replace(/(?<=^|。)(?:API_ERROR|[A-Za-z]*Error): /u, '');
    if (data !== text.data) text.data = data;
  }
  for (const frame of root.querySelectorAll<HTMLIFrameElement>('iframe:not([title])')) frame.title = words.previewTitle;
  for (const toggle of root.querySelectorAll<HTMLElement>('[role="switch"]')) {
    // Decap leaves aria-checked out until the switch is first used; it starts off (rich text).
    if (!toggle.hasAttribute('aria-checked')) toggle.setAttribute('aria-checked', 'false');
    // Only the body's rich text / Markdown switch has no label of its own (the form's switches have <label for>).
    const labelled = toggle.id !== '' && root.querySelector(`label[for="${CSS.escape(toggle.id)}"]`) !== null;
    if (!labelled && !toggle.getAttribute('aria-label') && !toggle.textContent?.trim()) toggle.setAttribute('aria-label', words.markdownSwitch);
  }
  for (const editor of root.querySelectorAll<HTMLElement>('[contenteditable="true"][role="textbox"]:not([aria-label]):not([aria-labelledby])')) {
    const label = editor.closest('[class*="ControlContainer"]')?.querySelector('label')?.textContent?.trim();
    editor.setAttribute('aria-label', label || words.bodyEditor);
  }
  // A menu opener drawn as a span[role=button] around a real button: the button alone is the control.
  for (const wrapper of root.querySelectorAll<HTMLElement>('span[aria-haspopup], span[aria-expanded]')) {
    const inner = wrapper.querySelector('button');
    if (!inner) continue;
    for (const name of ['aria-haspopup', 'aria-expanded']) {
      const value = wrapper.getAttribute(name);
      if (value !== null) inner.setAttribute(name, value);
      wrapper.removeAttribute(name);
    }
    if (wrapper.getAttribute('role') === 'button') wrapper.removeAttribute('role');
    wrapper.removeAttribute('tabindex');
  }
  // A list item's bar (tags, search words): open/close, drag to reorder, remove — icons without names.
  for (const bar of root.querySelectorAll<HTMLElement>('[class*="ListItemTopBar"]')) {
    const buttons = [...bar.querySelectorAll<HTMLElement>(':scope > button')];
    buttons.forEach((button, index) => {
      if (button.getAttribute('aria-label') || button.textContent?.trim()) return;
      button.setAttribute('aria-label', index === 0 && buttons.length > 1 ? words.toggleItem : words.removeItem);
    });
    for (const handle of bar.querySelectorAll<HTMLElement>('[aria-roledescription="sortable"]:not([aria-label])')) {
      handle.setAttribute('aria-label', words.dragItem);
    }
  }
}

export function repairDecapA11y(doc: Document, words: A11yWords): void {
  const style = doc.createElement('style');
  style.textContent = STYLES;
  doc.head.append(style);
  let scheduled = false;
  const run = () => {
    scheduled = false;
    repair(doc, words);
  };
  new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(run);
  }).observe(doc.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-checked', 'role', 'aria-haspopup', 'aria-expanded', 'aria-label'] });
  run();
}
