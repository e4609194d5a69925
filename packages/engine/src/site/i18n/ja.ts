/**
 * Every UI string of the site, in one place. Content (titles, bodies) comes
 * from content/; this is only the chrome around it. It names no
 * organisation: {organization}, {leader}, {principles}, {principlesN},
 * {blog} and {missionNote} are filled from site.yaml and the content
 * (see ./words.ts); pages read the filled copy from src/model/ui.ts.
 */
import type { Template } from './words.ts';

const dictionary = {
  lang: 'ja',
  skipToContent: '本文へ移動',
  nav: {
    label: 'サイト内の主なページ',
    home: 'ホーム',
    posts: '{blog}',
    mission: 'ミッション',
    principles: '{principles}',
    handbook: 'ハンドブック',
    tags: 'タグ',
  },
  breadcrumbs: 'パンくずリスト',
  home: {
    missionHeading: '私たちのミッション',
    principlesHeading: '{principlesN}',
    latestHeading: '最新のブログ記事',
    allPosts: 'ブログ記事をすべて見る',
    allPrinciples: '{principles}の一覧へ',
    newcomerHeading: 'はじめての方へ',
    newcomerText:
      '入庁したばかりの方や、改めて学びたい方は、ミッション、{principlesN}、組織の動き方の順に読むと全体がつかめます。',
    newcomerSteps: ['ミッションを読む', '{principlesN}を読む', 'ハンドブックで組織の動き方を知る'],
    readMission: 'ミッションの詳細を読む',
  },
  posts: {
    listTitle: '{blog}',
    listDescription: '{leader}をはじめとする執筆者が、いま考えていることを職員の皆さんに伝えるブログです。',
    pageTitle: (page: number) => `{blog}（${page}ページ目）`,
    pinned: '固定',
    draft: '下書き',
    /** Posts marked `sample: true`: shown on cards, in the byline, on the page and in the feed. */
    sample: 'サンプル',
    sampleNote: 'この記事は、サイトの使い方を示すために作成したサンプルです。実在の人物の発言や、実際に決まったことではありません。公開日も仮の日付です。',
    sampleFeedTitle: (title: string) => `【サンプル】${title}`,
    sampleFeedSummary: (summary: string) => `（サンプル記事）${summary}`,
    publishedOn: '公開日',
    updatedOn: '更新日',
    author: '執筆',
    readingTimeLabel: '読了時間の目安',
    readingTime: (minutes: number) => `約${minutes}分で読めます`,
    principles: 'この記事に関わる{principles}',
    tags: 'タグ',
    newer: '新しい記事',
    older: '古い記事',
    adjacentNav: '前後の記事',
    related: '関連する記事',
    noPosts: 'まだ記事がありません。',
    count: (n: number) => `${n}件の記事`,
  },
  pagination: {
    label: 'ページ送り',
    previous: '前のページ',
    next: '次のページ',
    page: (n: number) => `${n}ページ目`,
    current: (n: number, total: number) => `${total}ページ中 ${n}ページ目`,
  },
  tags: {
    title: 'タグ一覧',
    description: 'ブログ記事をテーマごとにまとめています。',
    tagTitle: (tag: string) => `タグ「${tag}」の記事`,
    allTags: 'タグ一覧へ',
  },
  mission: {
    statementLabel: 'ミッション',
    shortFormLabel: '短く言うと',
    noteLabel: '{missionNote}',
    inForce: (version: number, date: string) => `第${version}版・${date}から適用`,
    /** Versions marked `placeholderDate: true`: the date is an example, and says so. */
    placeholderDate: '仮の日付',
    inForcePlaceholder: (version: number, date: string) => `第${version}版・${date}から適用（仮の日付）`,
    historyHeading: '改訂の履歴',
    historyIntro: 'ミッションのこれまでの版と、変更の内容・理由を記録しています。',
    version: (n: number) => `第${n}版`,
    effective: '適用日',
    changes: '変更内容',
    reason: '理由',
    current: '現行',
  },
  principles: {
    title: '{principlesN}',
    description: '{organization}の職員が日々の仕事で立ち返る{principlesN}です。',
    number: (n: number) => `{principles}${n}`,
    questionsHeading: '振り返りの問い',
    questionsIntro: '仕事の節目に、自分に投げかけてみてください。公式に定められた問いではなく、このサイトが用意したものです。',
    citingPostsHeading: 'この{principles}に触れた記事',
    noCitingPosts: 'この{principles}に触れた記事はまだありません。',
    readMore: '詳しく読む',
    previous: '前の{principles}',
    next: '次の{principles}',
  },
  handbook: {
    title: 'ハンドブック',
    description: 'ミッションを実現するために、組織がどのように動いているかをまとめています。',
    sidebarLabel: 'ハンドブックの章',
    toc: 'このページの内容',
    chaptersHeading: '章の一覧',
    previous: '前の章',
    next: '次の章',
    chapterNav: '前後の章',
  },
  notFound: {
    title: 'ページが見つかりません',
    lead: 'お探しのページは移動したか、削除された可能性があります。URLに誤りがないかご確認ください。',
    suggestions: '次のページから探してみてください。',
  },
  /** Served by the web server (deploy/nginx) for addresses it refuses, with status 403. */
  forbidden: {
    title: 'このページは表示できません',
    lead: 'このアドレスのファイルは公開していません。',
    suggestions: '次のページから探してみてください。',
  },
  footer: {
    navLabel: 'サイト内リンク',
    note: 'このサイトは庁内向けです。内容を庁外へ転載しないでください。',
  },
  externalLink: '（外部サイト）',
  // Feature blocks: each capability keeps its strings in its own block.
  search: {
    types: { post: 'ブログ', mission: 'ミッション', principle: '{principles}', chapter: 'ハンドブック', guide: 'ガイド', glossary: '用語集' },
    /** Extra words the guide pages are found by (what staff type, not what the page says). */
    guideTerms: ['新人', '新規採用', '新任', '新入職員', '入庁', 'はじめて'],
    glossaryTerms: ['用語', '言葉の意味', '略語'],
    open: '検索',
    openLabel: 'サイト内を検索（ショートカット: / または Ctrl+K）',
    dialogTitle: 'サイト内検索',
    close: '閉じる',
    pageTitle: 'サイト内検索',
    pageDescription: 'ブログ記事、ミッション、{principles}、ハンドブックを横断して検索します。',
    inputLabel: '検索する言葉',
    /** Examples are the site's most used tags (see SearchPanel.astro). */
    placeholder: (examples: readonly string[]) => (examples.length > 0 ? `例: ${examples.join('、')}` : ''),
    submit: '検索',
    filtersLegend: '絞り込み',
    filterLabels: { type: '種類', principle: '{principles}', tag: 'タグ', year: '年' },
    filterAll: 'すべて',
    yearValue: (year: string) => `${year}年`,
    sortLabel: '並び順',
    sortRelevance: '関連度順',
    sortNewest: '新しい順',
    resultsLabel: '検索結果',
    loading: '検索しています…',
    loadFailed: '検索の準備に失敗しました。ページを再読み込みしてください。',
    count: (n: number, more: boolean) => (more ? `${n}件を表示しています（ほかにもあります）` : `${n}件見つかりました`),
    showMore: 'さらに表示',
    openFullSearch: '絞り込み・並べ替えができる検索ページで開く',
    noResults: (q: string) => (q ? `「${q}」に一致するページは見つかりませんでした。` : '条件に一致するページは見つかりませんでした。'),
    hintsHeading: '次のことをお試しください',
    hintHiragana: (words: string) => `ひらがなだけの言葉（${words}）は、漢字やカタカナでも入力してみてください（例: しみん → 市民、こすと → コスト）。`,
    hintFewerWords: '言葉の数を減らすか、短い言葉にしてみてください。',
    hintOtherWords: '別の言い方や、より一般的な言葉でも検索してみてください（例: 残業 → 超過勤務）。',
    hintFilters: '絞り込みを外すと見つかるかもしれません。',
    tryWord: (word: string) => `「${word}」だけで検索する`,
    browseHeading: 'こちらからも探せます',
    latestPosts: '最新のブログ記事',
  },
  /** The browser editor at /admin/ (labels and hints of our CMS configuration). */
  editor: {
    pageTitle: '記事の編集',
    noscript: '編集画面を使うには JavaScript を有効にしてください。',
    /** Names Decap leaves out (src/client/decapA11y.ts). */
    a11y: {
      previewTitle: '仕上がりのプレビュー',
      markdownSwitch: 'マークダウンで編集する',
      bodyEditor: '本文',
      toggleItem: 'この項目を開く・閉じる',
      removeItem: 'この項目を削除',
      dragItem: 'この項目の順番を変える（ドラッグ）',
      mediaSaveFailed: 'メディアに保存できませんでした。',
      mediaDeleteFailed: 'メディアから削除できませんでした。',
    },
    /** GitLab's refusals in words a 広報 member can act on (src/client/decapGitLabAnswers.ts), after Decap's 「…に失敗しました。」. */
    gitlab: {
      /** The login ran out and could not be renewed (revoked in GitLab). */
      loginExpired:
        'ログインの期限が切れたか、取り消されました。保存していませんが、入力した内容はこの画面とこのブラウザーに残っています。' +
        'ページを再読み込みしてログインし直し、記事を開くと、入力した内容を戻すか聞かれます。「OK」を押して、もう一度保存してください。',
      /** A direct commit to the published branch (deleting a published post, the media library) refused by its protection. */
      publishedBranchProtected:
        'この操作は公開中のサイトへ直接書き込むため、GitLab の設定（保護ブランチ）で許されていません。' +
        '記事を消すときや写真だけを入れ替えるときは、GitLab でマージリクエストを作るか、承認する人に頼んでください。' +
        '記事に付ける写真は、記事の「図」から選べば記事と一緒にレビューに回ります。',
    },
    /** Shown when the pre-save check refuses (src/site/cmsCheck.ts), then one line per problem. */
    refused: 'この内容ではサイトに載せられないため、保存しませんでした。次の点を直してください。',
    newFile: '新しい記事',
    /**
     * Problems the pre-save check cannot be sure of (src/site/cmsCheck.ts): saved, then listed.
     * A photo the editor does not know may have been added after the editor was built.
     */
    /** The body check's parser could not be loaded (src/client/cmsEditor.ts): nothing is saved unchecked. */
    checkUnavailable: '本文を検査する部品を読み込めなかったため、保存しませんでした。ページを読み込み直してから、もう一度保存してください。',
    /** Closes the warnings shown after a save. */
    warnedClose: '閉じる',
    warned: '保存します。ただし次の点は、公開前の検査で止まることがあります。確かめてください。',
    /** Where in the body a problem is, in the words of the page (src/site/cmsBodyPlace.ts). */
    bodyPlace: {
      line: (line: number) => `${line}行目`,
      paragraph: (order: number) => `${order}段落目`,
      heading: (text: string) => `見出し「${text}」`,
      list: '箇条書き',
      quote: '引用',
      code: 'コードの囲み',
      table: '表',
      /** Inside a component block: its title or kind, else its name. */
      inside: (name: string) => `「${name}」の囲みの中の`,
    },
    /**
     * Above a body the rich-text mode would rewrite (src/client/cmsSourceMode.ts):
     * it opens as its source text, which is saved as typed.
     */
    sourceMode: (line: number) =>
      `この本文には、見たまま編集（リッチテキスト）では元のとおりに保存できない書き方（表・脚注など。原文の${line}行目から）があるため、原文のまま開いています。原文は、書き換えたところだけが保存されます。タイトル・公開日・タグなどの項目は、いつもどおり編集できます。`,
    /** /admin/ of a build whose site.yaml names no git server (docs/cms.md). */
    unconfigured: {
      heading: '編集画面はまだ設定されていません',
      body: 'このサイトの設定（content/site.yaml の editor:）に、記事を保存する git サーバーが書かれていないため、ここでは記事を編集できません。',
      admin: '管理者の方へ：docs/cms.md の手順で editor: に GitLab などを設定して、もう一度ビルドしてください。自分の PC だけで編集するときは npm run editor を使います。',
    },
    /** The page opened over plain http:// on a name (not this PC): the browser withholds what the editor needs. */
    insecure: {
      heading: '編集画面は https:// の住所で開いてください',
      body: 'この住所（http://）では、ログインと編集に必要なブラウザーの機能が使えないため、編集画面を開けません。',
      link: 'https:// の住所で開き直す',
      admin: '管理者の方へ：サイト（少なくとも /admin/）を HTTPS で配信してください（docs/cms.md の GitLab の 1.）。',
    },
    editInEditor: '（編集画面が開きます）',
    collections: {
      posts: { label: '{blog}の記事', singular: '記事', description: '新しい記事は右の「＋ 記事」から書きます。保存すると content/posts/<年>/ にファイルができます。' },
      principles: { label: '{principles}', singular: '{principles}' },
      handbook: { label: 'ハンドブック', singular: '章' },
      mission: { label: 'ミッション', page: 'ミッションのページ' },
      missionVersions: { label: 'ミッションの版', singular: '版', description: 'ミッションを改定したときは、新しい版を追加します。' },
    },
    fields: {
      title: { label: 'タイトル', hint: '記事の見出し。一覧・フィードにも表示されます。' },
      date: { label: '公開日', hint: '未来の日付にすると、その日の朝の自動ビルドで公開されます。' },
      fileName: {
        label: 'ファイル名（URL）',
        hint: '新しい記事だけに使います。半角の英小文字・数字・ハイフンで短く（例: shinnen-aisatsu）。空のままなら、タイトルの英数字か書いた時刻から付けます。URL は /posts/<公開日>-<この名前>/ になります。',
      },
      summary: { label: '概要', hint: '一覧・フィード・検索結果に出る1〜2文（200字以内）。' },
      tags: { label: 'タグ', hint: '日本語で書けます。1つずつ追加します。' },
      tag: 'タグ',
      principles: { label: '関係する{principles}', hint: '記事に関係する{principles}を選びます（いくつでも）。' },
      author: { label: '執筆者' },
      draft: { label: '下書き', hint: 'オンの間はどこにも公開されません。' },
      pinned: { label: '固定表示', hint: 'オンにするとトップページと記事一覧の先頭に「固定」と表示されます。' },
      sample: { label: 'サンプル', hint: '使い方を示すための見本の記事だけオンにします（「サンプル」と表示されます）。' },
      updated: { label: '更新日', hint: '公開後に内容を直したときだけ書きます。' },
      searchTerms: { label: '検索語', hint: '本文にない言い方でも検索で見つかるようにする言葉。' },
      searchTerm: '検索語',
      screenOnly: { label: '画面でだけ表示', hint: 'オンにすると、印刷用ハンドブックには入りません（サイトの使い方の章など）。' },
      body: { label: '本文', hint: '「＋」ボタンから、ポイント・注意の囲み、図、{principles}へのリンク、用語、記事の紹介を入れられます。' },
      order: { label: '表示順' },
      lead: { label: 'リード文' },
      questions: { label: '振り返りの問い' },
      question: '問い',
      description: { label: '説明' },
      version: { label: '版の番号' },
      effective: { label: '施行日', hint: '改訂案（意見募集中）のあいだは空けておき、採用したら書きます。' },
      statement: { label: 'ミッション' },
      shortForm: { label: '短い形' },
      note: { label: '注記' },
      changes: { label: '前の版からの変更点' },
      reason: { label: '変更の理由' },
      placeholderDate: { label: '施行日は仮の日付', hint: '施行日がまだ決まっていない見本の日付のときだけオンにします。' },
      proposal: {
        label: '改訂案（意見募集）',
        hint: '意見を募集する改訂案のときだけ書きます。採用したらこの項目を消し、内容を本来の項目（施行日・名称・リード文）に書きます。',
      },
      commentsUntil: { label: '意見募集の締切日' },
      feedbackUrl: { label: '意見を送るフォームのURL', hint: '省略するとサイトの感想フォームになります。改訂案の名前とページのURLを入れる置き換え記号も使えます。' },
      withdrawn: { label: '取り下げた', hint: 'オンにすると、どこにも表示されません。' },
      proposedTitle: { label: '名称の案' },
      proposedLead: { label: 'リード文の案' },
    },
    /**
     * Decap CMS phrases its Japanese locale has, said instead in words a 広報 member acts on;
     * merged over it in src/client/cmsEditor.ts (these win).
     */
    decapRewords: {
      editor: {
        editor: {
          /** Asked when an entry opens and this browser still holds what was typed but not saved (src/client/decapLocalBackup.ts). */
          confirmLoadBackup:
            'この記事には、保存していない入力内容がこのブラウザーに残っています（ログインが切れて保存できなかったときなど）。' +
            '画面に戻しますか？\n「OK」で戻します。「キャンセル」を押すと、残っている内容は消えます。',
        },
      },
    },
    /**
     * Decap CMS phrases its own Japanese locale lacks (decap-cms-locales 3.8);
     * merged over it in src/client/cmsEditor.ts so no English is left.
     */
    decapPhrases: {
      auth: { loginWithForgejo: 'Forgejo でログイン' },
      collection: {
        collectionTop: { viewAsList: '一覧で表示', viewAsGrid: 'タイルで表示' },
        entries: { unpublishedHeader: '未公開の記事' },
      },
      editor: {
        editorControl: { field: { widgetLabel: '入力欄' } },
        editorControlPane: {
          i18n: {
            copyFromLocale: '別の言語から写す',
            copyFromLocaleConfirm: '%{locale} の内容で埋めますか？\n今の内容はすべて置き換わります。',
          },
        },
        editorInterface: { toggleNotes: 'メモの表示を切り替え' },
        editorNotesPane: {
          title: 'メモ',
          emptyState: 'メモはまだありません。下の欄から最初のメモを追加できます。',
          addNote: 'メモを追加',
          addPlaceholder: 'メモを書く…',
          editPlaceholder: 'メモを直す…',
          save: '保存',
          cancel: 'キャンセル',
          edit: '編集',
          delete: '削除',
          resolve: '解決済みにする',
          unresolve: '未解決に戻す',
          confirmDelete: 'このメモを削除しますか？',
          shortcut: 'Ctrl + Enter でもメモを追加できます',
        },
        editorWidgets: {
          markdown: {
            strikethrough: '取り消し線',
            toggleMode: { rich: 'リッチテキストに切り替え', markdown: 'マークダウンに切り替え' },
          },
          image: { chooseMultiple: '画像を選ぶ', addMore: '画像を追加', removeAll: '画像をすべて外す' },
          file: { chooseMultiple: 'ファイルを選ぶ', addMore: 'ファイルを追加', removeAll: 'ファイルをすべて外す' },
          datetime: { setToNow: '%{fieldLabel}を今にする' },
          list: { add: '%{item}を追加', addType: '%{item}を追加' },
          object: { expand: '開く', collapse: '閉じる' },
        },
      },
      mediaLibrary: { mediaLibraryModal: { close: '閉じる' } },
      ui: {
        settingsDropdown: { account: 'アカウントのメニュー' },
        toast: {
          noteAdded: 'メモを追加しました',
          onFailToAddNote: 'メモを追加できませんでした: %{details}',
          noteUpdated: 'メモを直しました',
          onFailToUpdateNote: 'メモを直せませんでした: %{details}',
          noteDeleted: 'メモを削除しました',
          onFailToDeleteNote: 'メモを削除できませんでした: %{details}',
          noteResolved: 'メモを解決済みにしました',
          noteReopened: 'メモを未解決に戻しました',
          onFailToToggleNote: 'メモの状態を変えられませんでした: %{details}',
        },
      },
    },
    preview: { summary: '概要' },
    blocks: {
      callout: { label: 'ポイント・注意の囲み', type: '種類', title: '見出し', body: '内容' },
      figure: { label: '図（画像と説明）', image: '画像', alt: '代替テキスト（画像の内容を短い文で）', caption: '説明' },
      principleLink: { label: '{principles}へのリンク', principle: '{principles}' },
      term: { label: '用語（用語集へのリンク）', id: '用語', text: '本文中の言葉' },
      postEmbed: {
        label: '他の記事の紹介',
        slug: '記事のファイル名（例: gyomu-tanaoroshi）',
        /** The preview of a PostEmbed whose post is not (yet) on the site. */
        notFound: (slug: string) => `「${slug}」という公開済みの記事が見つかりません。ファイル名を確かめてください。`,
      },
    },
    /**
     * A Term or PrincipleLink inside a sentence, shown in the rich-text field
     * as a chip 「用語：三層分離」 (src/site/cmsBlocks.ts cmsInlineReferences).
     */
    inline: {
      term: '用語',
      principle: '{principles}',
      /** After the chip of an id the site does not know (the save check refuses it). */
      unknown: '（見つかりません）',
      /** The chip's tooltip: how to change what it points at. */
      hint: '文の中の用語・リンクです。変えるときは「マークダウン」に切り替えて、原文を直してください。',
    },
  },
  publishing: {
    callout: { point: 'ポイント', caution: '注意', explanation: 'このサイトによる解説' },
    /** Under the label of an explanation callout: what it is, and what it is not. */
    explanationNote: '公式に定められた文言ではなく、理解を助けるためにこのサイトが書いた説明です。',
    embedLabel: (title: string) => `関連記事：${title}`,
    lastUpdated: '最終更新日',
    updated: '更新日',
    editorsOnly: '編集者向け',
    editPage: 'このページを編集',
    editPageNote: '（リポジトリの編集画面が開きます）',
    feedback: '感想・質問を送る',
    feedbackNote: '記事への感想や質問は、フォームからお寄せください。',
    feed: 'RSSフィード',
    feedTitle: (site: string) => `${site}（{blog}）`,
    yearArchives: '年別の記事',
    yearTitle: (year: number) => `${year}年の記事`,
    yearDescription: (year: number) => `${year}年に公開した{blog}の記事です。`,
  },
  feeds: {
    /** Feed titles as a reader lists them (Garoon's portlet, an Outlook RSS folder). */
    principleTitle: (site: string, principle: string) => `${site}（{principles}「${principle}」に触れた記事）`,
    principleDescription: (principle: string) => `{principles}「${principle}」に触れた{blog}の記事です。`,
    tagTitle: (site: string, tag: string) => `${site}（タグ「${tag}」の記事）`,
    tagDescription: (tag: string) => `タグ「${tag}」が付いた{blog}の記事です。`,
    updatesTitle: (site: string) => `${site}（ミッション・{principles}・ハンドブックの更新）`,
    updatesDescription: 'ミッションの新しい版と、{principles}・ハンドブックの章の追加や変更をお知らせします。',
    /** Visible links to the feed on the page it follows. */
    blogLink: '{blog}の新しい記事をRSSフィードで受け取る',
    principleLink: 'この{principles}に触れた新しい記事をRSSフィードで受け取る',
    tagLink: 'このタグの新しい記事をRSSフィードで受け取る',
    updatesLink: 'ミッション・{principles}・ハンドブックの更新をRSSフィードで受け取る',
    note: 'RSSフィードのURLを、グループウェアのRSSリーダーやOutlookのRSSフィードに登録すると、新しい記事や更新を知らせます。',
  },
  publishMail: {
    /** One plain-text mail per new post, sent by the deploy job (src/cli/publishMail.ts). */
    subject: (title: string) => `【{blog}】${title}`,
    intro: '{organization}の{blog}に、新しい記事が公開されました。',
    readOn: '記事はこちらから読めます（庁内ネットワークから）:',
    footer: (site: string) => `このメールは「${site}」から自動で送っています。返信はできません。`,
  },
  newSince: {
    /** The mark on an item published or changed since the reader's previous visit. */
    mark: '新着',
    count: (n: number) => `前回ご覧になったあとの新着が${n}件あります。`,
    markAllRead: 'すべて既読にする',
    allRead: 'すべて既読にしました。',
    note: '新着の記録はこのブラウザの中にだけ保存され、どこにも送られません。',
  },
  proposals: {
    /** A revision open for comments; never the version in force. */
    badge: '改訂案',
    missionHeading: 'ミッションの改訂案（意見募集）',
    missionIntro: (current: number) => `次の改訂案について意見を募集しています。この案はまだ適用されていません。現在適用されているのは第${current}版（上記）です。`,
    missionTitle: (version: number) => `第${version}版の改訂案`,
    principleHeading: 'この{principles}の改訂案（意見募集）',
    principleIntro: '次の言い回しへの改訂案について意見を募集しています。この案はまだ適用されていません。現在の言い回しは、このページの見出しとリード文です。',
    proposedTitle: '名称の案',
    proposedLead: 'リード文の案',
    proposedStatement: '改訂案の文',
    period: '意見募集の期間',
    openUntil: (date: string) => `${date}まで`,
    closed: (date: string) => `${date}に締め切りました。決定をお待ちください。`,
    changes: '変更の内容',
    reason: '改訂の理由',
    diffHeading: '現行からの変更箇所',
    feedback: 'この改訂案への意見を送る',
    feedbackNote: '意見はフォームからお寄せください。',
  },
  updates: {
    title: '更新情報',
    description: '新しい{blog}の記事、ミッションの新しい版、{principles}とハンドブックの章の追加・変更を、日付の新しい順にまとめています。',
    empty: 'まだ更新はありません。',
    kinds: { post: '{blog}', mission: 'ミッション', principle: '{principles}', chapter: 'ハンドブック' },
    headline: {
      post: (title: string) => `{blog}「${title}」を公開しました`,
      mission: (version: number) => `ミッションの第${version}版を適用しました`,
      /** `until`: the last day of comments, already written out (2025年7月31日（令和7年）). */
      missionProposal: (version: number, until: string) => `ミッションの改訂案（第${version}版）への意見を募集しています（${until}まで）`,
      principleAdded: (title: string) => `{principles}「${title}」を追加しました`,
      principleChanged: (title: string) => `{principles}「${title}」を変更しました`,
      /** `until`: the last day of comments, already written out. */
      principleProposal: (title: string, until: string) => `{principles}「${title}」の改訂案への意見を募集しています（${until}まで）`,
      chapterAdded: (title: string) => `ハンドブック「${title}」を追加しました`,
      chapterChanged: (title: string) => `ハンドブック「${title}」を変更しました`,
    },
    diffHeading: '変更箇所',
    /** The frontmatter fields a changed page's diff shows, labelled (src/site/readableSource.ts). */
    fieldLabels: { title: 'タイトル', description: '説明' },
    morePassages: (n: number) => `ほかに${n}か所の変更があります。ページでご覧ください。`,
    homeLink: '更新情報をすべて見る',
  },
  onboarding: {
    title: 'はじめての方へ',
    description: '新しく{organization}の一員になった方が、ミッション、{principlesN}、組織の動き方を順番に読めるようにまとめた道順です。',
    lead: 'ミッション、{principlesN}、組織の動き方を、この順に読むと全体がつかめます。上から順に進めてください。',
    homeLink: 'はじめての方へのガイドを開く',
    navLabel: 'はじめての方へ',
    total: (steps: number, minutes: number) => `全${steps}ステップ・合計 約${minutes}分`,
    readingTime: (minutes: number) => `約${minutes}分`,
    readingTimeLabel: '読了時間の目安',
    stepNumber: (n: number) => `ステップ${n}`,
    read: '既読',
    markRead: '読んだ',
    readDone: 'このステップを既読にしました。',
    progressHeading: 'あなたの進み具合',
    progressLabel: '読み終えたステップの割合',
    progressText: (done: number | string, total: number | string) => `${total}ステップ中 ${done}ステップ既読`,
    complete: 'すべてのステップを読み終えました。おつかれさまでした。',
    progressNote: '進み具合はこのブラウザの中にだけ記録されます（サーバーには送られません）。',
    reset: '進み具合をリセット',
    resetDone: '進み具合をリセットしました。',
    stepOf: (n: number, total: number) => `はじめての方へ ステップ${n}／${total}`,
    nextStep: '次のステップ',
    backToPath: '道順の一覧へ',
    lastStep: 'これが最後のステップです。',
    printLink: '印刷用のハンドブック（ミッション・{principles}・組織の動き方）',
    glossaryLink: 'わからない言葉は用語集へ',
    /** Section titles of the path made when content/onboarding.yaml is absent. */
    defaultSections: { mission: 'ミッション', principles: '{principlesN}', handbook: '組織の動き方' },
    kinds: {
      mission: 'ミッション',
      principle: '{principles}',
      chapter: 'ハンドブック',
      post: 'ブログ記事',
      glossary: '用語集',
    },
    glossary: {
      title: '用語集',
      description: '{organization}で働きはじめると出会う言葉を、五十音順にまとめています。',
      lead: '会議や記事に出てくる言葉の意味を、五十音順にまとめました。記事の中の点線の下線が付いた言葉からもここへ移動できます。',
      indexLabel: '五十音の索引',
      reading: '読み',
      related: '関連するページ',
      termHint: '（用語集へ）',
    },
    diff: {
      heading: (version: number) => `第${version - 1}版からの変更箇所`,
      legend: '下線の部分が追加、取り消し線の部分が削除された文字です。',
      added: '追加',
      removed: '削除',
      addedEnd: '追加ここまで',
      removedEnd: '削除ここまで',
      unchanged: '変更なし',
      fields: { statement: 'ミッション', shortForm: '短く言うと', note: '注記' },
    },
    print: {
      title: 'ミッション・{principles}ハンドブック（印刷用）',
      description: 'ミッション、{principlesN}、組織の動き方を1つにまとめた、A4用紙で印刷するためのページです。',
      coverTitle: 'ミッション・{principles}ハンドブック',
      kicker: '新しく仲間になった方へ',
      screenNote: 'このページは印刷用です。ブラウザの印刷機能（Ctrl+P）でA4用紙に印刷できます。',
      backLink: 'サイトに戻る',
      onlineVersion: (title: string) => `「${title}」をサイトで読む`,
      toc: '目次',
      missionPart: 'ミッション',
      principlesPart: '{principlesN}',
      handbookPart: '組織の動き方',
      printedOn: (date: string) => `${date}時点の内容`,
      missionVersion: (version: number, date: string) => `ミッション 第${version}版（${date}から適用）`,
      missionVersionPlaceholder: (version: number, date: string) => `ミッション 第${version}版・${date}から適用（仮の日付）`,
    },
  },
  accessibility: {
    title: 'ウェブアクセシビリティ方針',
    description: 'このサイトのウェブアクセシビリティ方針、目標とする適合レベル、最新の自動検査の結果です。',
    footerLink: 'ウェブアクセシビリティ方針',
    lead: (organization: string) =>
      `${organization}は、画面読み上げソフトや画面の拡大、ハイコントラスト表示を使う方、古いパソコンを使う方を含め、すべての職員がこのサイトを利用できるよう、ウェブアクセシビリティの確保と向上に取り組みます。`,
    policyHeading: '方針',
    policy:
      '日本産業規格 JIS X 8341-3:2016「高齢者・障害者等配慮設計指針－情報通信における機器，ソフトウェア及びサービス－第3部：ウェブコンテンツ」に対応することを方針とし、ページを追加・変更するたびに検査して、継続的に改善します。',
    targetHeading: '目標とする適合レベル',
    target: 'JIS X 8341-3:2016 の適合レベル AA に準拠することを目標とします。あわせて、WCAG 2.1 のレベル AA で追加された達成基準にも対応します。',
    wcagName: 'Web Content Accessibility Guidelines 2.1',
    wcagLabel: 'WCAG 2.1：',
    scopeHeading: '対象範囲',
    scope: (siteUrl?: string) => (siteUrl ? `このサイト（${siteUrl}）のすべてのページ` : 'このサイトのすべてのページ'),
    exceptionsHeading: '例外',
    exceptions: [
      'このサイトからリンクしている他のサイトや、記事から参照している添付ファイル（PDF など）は対象外です。',
      '記事の本文中の画像の代替テキストや表の見出しは、公開前に人が確認します。自動検査では内容の適切さまでは確かめられません。',
    ],
    methodHeading: '検査の方法（詳しく）',
    method: [
      'axe-core による自動検査（WCAG 2.0・2.1 のレベル A と AA の規則）を、すべての種類のページに、明るい配色と暗い配色の両方で行います。',
      'キーボードだけでの操作（本文へのスキップ、すべてのリンクとボタンでフォーカスが見えること）を確かめます。',
      '画面幅 320px（CSS ピクセル）で横スクロールが出ないこと、文字を 200% に拡大しても内容が欠けないことを確かめます。',
      'すべてのページで、見出しの構造（h1 が1つ、レベルを飛ばさない）、ページタイトルが重複しないこと、表の見出し、画像の代替テキストを確かめます。',
      '文字と部品（入力欄やボタンの枠、フォーカスの表示）の色のコントラストを、配色ごとに計算して確かめます。日本語の大きな文字は 22 ポイント以上（太字は 18 ポイント以上）として扱います。',
    ],
    resultHeading: '最新の自動検査の結果',
    checkedOn: '検査日',
    checkedOnEnd: 'に検査しました。',
    technicalDetails: '技術的な詳細（サイトの担当者向け）',
    pagesCaption: '検査したページの URL',
    tool: '検査ツール',
    standard: '検査した規則',
    summaryPassed: (pages: number) =>
      `${pages}種類のページを明るい配色と暗い配色で検査し、自動検査で検出された問題はありませんでした。`,
    summaryFailed: (violations: number) => `自動検査で${violations}件の問題が見つかりました。修正を進めています。`,
    noResult: 'まだ自動検査の結果がありません。',
    tableCaption: 'ページの種類ごとの自動検査の結果（検出された問題の数）',
    pageType: 'ページの種類',
    pageUrl: 'URL',
    light: '明るい配色',
    dark: '暗い配色',
    noProblems: '問題なし',
    problems: (n: number) => `${n}件`,
    notChecked: '未検査',
    checksSummary: (passed: number, total: number) =>
      `キーボードだけでの操作、文字の拡大、スマートフォンの幅での表示、見出しの構造なども、ブラウザで自動的に確かめています（${total}件中${passed}件に合格）。`,
    checksDetails: 'ブラウザテストの一覧（テストの名前は英語です）：',
    checkStatus: { passed: '合格', failed: '不合格', skipped: '省略' },
    refreshNote: 'この結果は、サイトを更新するときに実行する検査から自動で作られます。',
    contactHeading: 'お問い合わせ',
    contact: 'このサイトのアクセシビリティについてお気づきの点や、利用しにくい点がありましたら、お知らせください。',
    contactLink: 'アクセシビリティについての意見・問い合わせフォーム',
    contactHowTo: '知らせていただくときは、使えなかったページ、そのとき使っていた機器やソフト（画面読み上げソフト、拡大表示など）、困ったことを書いてください。',
    contactFallback: 'このサイトを担当する部署にお知らせください。',
  },
} as const;

/**
 * The dictionary as written, placeholders unfilled. Its strings that hold a
 * placeholder are typed Unfilled (not strings), so showing one without
 * localize() is a type error: pages take the filled copy from
 * src/model/ui.ts, the browser code localizes it with the site's words.
 */
export const ja: Template<typeof dictionary> = dictionary as unknown as Template<typeof dictionary>;
