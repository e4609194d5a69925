/**
 * src/client/decapLocalBackup.ts on a store that answers Decap's entryDraft
 * actions as decap-cms-core's reducer does (reducers/entryDraft.js): the copy
 * of an unsaved entry that the editor accepted while the entry was loading
 * is what the form holds after the entry has loaded; a copy declined, or
 * accepted once the entry was there, is left as Decap leaves it.
 */
import { describe, expect, it } from 'vitest';
import { restoreDecapBackupsAfterLoad } from '../../src/client/decapLocalBackup.ts';

/** Decap's Immutable Map, as far as the watch reads it. */
class Frozen {
  readonly values: Readonly<Record<string, unknown>>;
  constructor(values: Readonly<Record<string, unknown>>) {
    this.values = values;
  }
  get(key: string): unknown {
    return this.values[key];
  }
  set(key: string, value: unknown): Frozen {
    return this.with({ [key]: value });
  }
  with(changes: Record<string, unknown>): Frozen {
    return new Frozen({ ...this.values, ...changes });
  }
}
interface Action {
  type: string;
  payload?: { entry?: unknown };
}

let keys = 0;
/** decap-cms-core's entryDraft reducer, for the actions that matter here. */
function entryDraft(state: Frozen, action: Action): Frozen {
  switch (action.type) {
    case 'DRAFT_CREATE_FROM_ENTRY':
      return state.with({ entry: action.payload?.entry, hasChanged: false, key: `key-${++keys}` });
    case 'DRAFT_LOCAL_BACKUP_RETRIEVED':
      return state.with({ localBackup: new Frozen({ entry: action.payload?.entry }) });
    case 'DRAFT_CREATE_FROM_LOCAL_BACKUP': {
      const entry = (state.get('localBackup') as Frozen).get('entry');
      return new Frozen({ ...state.values, localBackup: undefined, entry, hasChanged: true, key: `key-${++keys}` });
    }
    case 'DRAFT_CHANGE_FIELD':
      return state.with({ entry: action.payload?.entry, hasChanged: true });
    case 'DRAFT_DISCARD':
      return new Frozen({});
    default:
      return state;
  }
}

/** Decap's store, made as its redux/index.ts makes it: through the developer tools' compose. */
function decapStore() {
  const target: { __REDUX_DEVTOOLS_EXTENSION_COMPOSE__?: unknown } = {};
  restoreDecapBackupsAfterLoad(target);
  const composeWithDevTools = target.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__ as (...enhancers: unknown[]) => (next: unknown) => () => Store;
  const seen: string[] = [];
  // A middleware-like enhancer, as Decap passes applyMiddleware(...).
  const recording = (next: () => Store) => () => {
    const store = next();
    const dispatch = store.dispatch.bind(store);
    store.dispatch = (action) => {
      seen.push(action.type);
      dispatch(action);
    };
    return store;
  };
  const store = composeWithDevTools(recording)(createStore)();
  const form = () => store.getState().entryDraft.get('entry');
  return { store, seen, form, changed: () => store.getState().entryDraft.get('hasChanged') };
}
interface Store {
  getState(): { entryDraft: Frozen };
  dispatch(action: Action): void;
  subscribe(listener: () => void): void;
}
function createStore(): Store {
  let state = { entryDraft: new Frozen({}) };
  const listeners: Array<() => void> = [];
  const store: Store = {
    getState: () => state,
    dispatch(action) {
      state = { entryDraft: entryDraft(state.entryDraft, action) };
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => void listeners.push(listener),
  };
  return store;
}

/** Decap's copy of the entry: the fields and photos, not the review's state (it has no isModification). */
const typedData = { title: '取り消されたあとに直した題名', body: '書き足した段落です。' };
const typedPhotos = ['content/posts/2024/会議.png'];
const typed = new Frozen({ slug: '2024/first-post', path: 'content/posts/2024/first-post.mdx', data: typedData, mediaFiles: typedPhotos });
const fromForge = new Frozen({ slug: '2024/first-post', path: 'content/posts/2024/first-post.mdx', data: { title: '最初の記事', body: 'これは公開済みの記事です。' }, mediaFiles: [], isModification: true });

describe('restoreDecapBackupsAfterLoad', () => {
  it('puts the accepted copy back after the entry that loads behind it, once', () => {
    const { store, seen, form, changed } = decapStore();
    // The copy is read first; the editor says OK while the entry is still loading.
    store.dispatch({ type: 'DRAFT_LOCAL_BACKUP_RETRIEVED', payload: { entry: typed } });
    store.dispatch({ type: 'DRAFT_CREATE_FROM_LOCAL_BACKUP' });
    expect(form()).toBe(typed);
    // The entry from the forge arrives: Decap's own restore follows it at once.
    store.dispatch({ type: 'DRAFT_CREATE_FROM_ENTRY', payload: { entry: fromForge } });
    const restored = form() as Frozen;
    expect(restored.get('data')).toBe(typedData);
    expect(restored.get('mediaFiles')).toBe(typedPhotos);
    // What only the forge knows stays: the form is still a change of a published post.
    expect(restored.get('isModification')).toBe(true);
    expect(changed()).toBe(true);
    expect(seen.slice(-2)).toEqual(['DRAFT_LOCAL_BACKUP_RETRIEVED', 'DRAFT_CREATE_FROM_LOCAL_BACKUP']);
    // Only once: the entry reloaded after a save is the saved one.
    store.dispatch({ type: 'DRAFT_CREATE_FROM_ENTRY', payload: { entry: fromForge } });
    expect(form()).toBe(fromForge);
  });

  it('leaves a declined copy, and a copy accepted after the entry had loaded, as Decap leaves them', () => {
    const declined = decapStore();
    declined.store.dispatch({ type: 'DRAFT_LOCAL_BACKUP_RETRIEVED', payload: { entry: typed } });
    declined.store.dispatch({ type: 'DRAFT_CREATE_FROM_ENTRY', payload: { entry: fromForge } });
    expect(declined.form()).toBe(fromForge);
    expect(declined.changed()).toBe(false);

    const late = decapStore();
    late.store.dispatch({ type: 'DRAFT_CREATE_FROM_ENTRY', payload: { entry: fromForge } });
    late.store.dispatch({ type: 'DRAFT_LOCAL_BACKUP_RETRIEVED', payload: { entry: typed } });
    late.store.dispatch({ type: 'DRAFT_CREATE_FROM_LOCAL_BACKUP' });
    const before = late.seen.length;
    late.store.dispatch({ type: 'DRAFT_CREATE_FROM_ENTRY', payload: { entry: fromForge } });
    expect(late.seen.length).toBe(before + 1);
    expect(late.form()).toBe(fromForge);
  });

  it('forgets the copy when the editor is left before the entry has loaded', () => {
    const { store, form } = decapStore();
    store.dispatch({ type: 'DRAFT_LOCAL_BACKUP_RETRIEVED', payload: { entry: typed } });
    store.dispatch({ type: 'DRAFT_CREATE_FROM_LOCAL_BACKUP' });
    store.dispatch({ type: 'DRAFT_DISCARD' });
    store.dispatch({ type: 'DRAFT_CREATE_FROM_ENTRY', payload: { entry: fromForge } });
    expect(form()).toBe(fromForge);
  });

  it('keeps a developer-tools extension in the chain', () => {
    const calls: unknown[][] = [];
    const target: { __REDUX_DEVTOOLS_EXTENSION_COMPOSE__?: unknown } = {
      __REDUX_DEVTOOLS_EXTENSION_COMPOSE__: (...args: unknown[]) => {
        calls.push(args);
        return (next: () => Store) => next;
      },
    };
    restoreDecapBackupsAfterLoad(target);
    const enhancer = (next: () => Store) => next;
    const store = (target.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__ as (...enhancers: unknown[]) => (next: unknown) => () => Store)(enhancer)(createStore)();
    expect(calls).toEqual([[enhancer]]);
    store.dispatch({ type: 'DRAFT_LOCAL_BACKUP_RETRIEVED', payload: { entry: typed } });
    store.dispatch({ type: 'DRAFT_CREATE_FROM_LOCAL_BACKUP' });
    store.dispatch({ type: 'DRAFT_CREATE_FROM_ENTRY', payload: { entry: fromForge } });
    expect((store.getState().entryDraft.get('entry') as Frozen).get('data')).toBe(typedData);
  });
});
