/**
 * Decap CMS's own copy of an unsaved entry, put back in the right order
 * (docs/cms.md 「保存していない内容の復元」; Decap's open bug decap-cms#5055,
 * #5470, #6989).
 *
 * Decap keeps what is typed in the browser (IndexedDB, per collection and
 * slug, photos included, written 2 s after each change, deleted once saved;
 * it never leaves the browser). When the entry is opened again (after a
 * revoked or expired login, a reload, a closed tab), it reads that copy and
 * the entry from the forge at the same time. The copy is read first, so Decap
 * asks 「…戻しますか？」 while the entry is still loading; the answer "OK"
 * puts the copy in the form, and a moment later the entry that arrives from
 * the forge replaces it: what was typed was gone although the editor had
 * said yes.
 *
 * The repair, the only change to Decap's behaviour: when the copy was
 * accepted before the entry had loaded, the first draft Decap then makes of
 * the loaded entry is followed at once by Decap's own restore (its actions
 * DRAFT_LOCAL_BACKUP_RETRIEVED and DRAFT_CREATE_FROM_LOCAL_BACKUP, as its
 * "OK" does) of the copy's fields and photos on the loaded entry, which keeps
 * what only the forge knows (a change of a published post under review, its
 * status). Nothing is asked twice; a copy declined, or accepted after the
 * entry had loaded, is left to Decap.
 *
 * Decap's store is reached through the hook Redux offers to its developer
 * tools (`window.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__`, read by Decap's
 * bundle when it loads): set before the bundle runs, it adds an enhancer
 * that only watches; a real developer-tools extension is kept in the chain.
 * tests/unit/decapLocalBackup.test.ts checks the order on a store of its own;
 * tests/e2e/cms-gitlab.spec.ts runs it in the browser after a revoked login.
 */

/** Decap's entryDraft state and its entry: Immutable Maps. */
interface Draft {
  get(key: string): unknown;
  set(key: string, value: unknown): Draft;
}
interface Action {
  type: string;
  payload?: unknown;
}
interface Store {
  getState(): unknown;
  dispatch(action: Action): unknown;
  subscribe(listener: () => void): unknown;
}
type StoreCreator = (...args: unknown[]) => Store;
type Enhancer = (next: StoreCreator) => StoreCreator;
type Compose = (...args: unknown[]) => unknown;

/** Redux's compose: the enhancers applied right to left. */
function compose(...enhancers: Enhancer[]): Enhancer {
  return (next) => enhancers.reduceRight((created, enhancer) => enhancer(created), next);
}

function draftOf(store: Store): Draft | undefined {
  const draft = (store.getState() as { entryDraft?: Draft } | undefined)?.entryDraft;
  return draft && typeof draft.get === 'function' ? draft : undefined;
}

/** Watches one Decap store: a copy accepted while the entry was loading is restored again once it has loaded. */
function restoreAfterLoad(store: Store): void {
  let previous = draftOf(store);
  /** Decap's copy ("localBackup"), accepted before the entry had loaded. */
  let accepted: unknown;
  store.subscribe(() => {
    const draft = draftOf(store);
    if (draft === previous || !draft) return;
    const before = previous;
    previous = draft;
    const backup = before?.get('localBackup') as Draft | undefined;
    if (backup && !draft.get('localBackup') && draft.get('hasChanged') === true) {
      // Decap's "OK": remembered only if the entry had not loaded yet (its draft comes after and would replace the copy).
      accepted = before?.get('entry') ? undefined : backup.get('entry');
      return;
    }
    if (accepted === undefined) return;
    if (!draft.get('entry')) {
      // The draft was discarded (the editor was left): nothing to put back.
      accepted = undefined;
      return;
    }
    if (draft.get('key') !== before?.get('key') && draft.get('hasChanged') === false) {
      // What was typed (the fields, the photos added) on the entry as loaded: its state in the review
      // (a change of a published post, its status) is the forge's, which Decap's copy does not keep.
      const copy = accepted as Draft;
      accepted = undefined;
      const loaded = draft.get('entry') as Draft;
      const entry = loaded.set('data', copy.get('data')).set('mediaFiles', copy.get('mediaFiles') ?? loaded.get('mediaFiles'));
      store.dispatch({ type: 'DRAFT_LOCAL_BACKUP_RETRIEVED', payload: { entry } });
      store.dispatch({ type: 'DRAFT_CREATE_FROM_LOCAL_BACKUP' });
    }
  });
}

/** Installs the watch before Decap's bundle runs (it reads the hook once, when it loads). */
export function restoreDecapBackupsAfterLoad(target: { __REDUX_DEVTOOLS_EXTENSION_COMPOSE__?: unknown }): void {
  const existing = typeof target.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__ === 'function' ? (target.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__ as Compose) : undefined;
  const watching =
    (enhancer: Enhancer): Enhancer =>
    (next) =>
    (...args) => {
      const store = enhancer(next)(...args);
      restoreAfterLoad(store);
      return store;
    };
  const composeWatching: Compose = (...args) => {
    // composeWithDevTools(options) gives a compose; composeWithDevTools(...enhancers) an enhancer.
    if (args.length > 0 && typeof args[0] === 'object' && args[0] !== null) {
      return (...enhancers: Enhancer[]) => watching(existing ? (existing(args[0]) as Compose)(...enhancers) as Enhancer : compose(...enhancers));
    }
    const enhancers = args as Enhancer[];
    return watching(existing ? (existing(...enhancers) as Enhancer) : compose(...enhancers));
  };
  target.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__ = composeWatching;
}
