import GRDB

/// The persisted index's tables. Everything here can be rebuilt from the corpus files, so a
/// schema change bumps `formatVersion` and the index is rebuilt rather than migrated.
///
/// - `files`: one row per file met in the corpus (its size, mtime and content hash decide what
///   a refresh re-reads); `problem` is set when the file could not become an article.
/// - `articles`, `passages`: the normalised articles, keyed by the file's id. Passage rows carry
///   the position (`idx`) the in-memory model uses, so ids never leak into the reader; an
///   article's passages are rows `first_passage + idx`, so a row id maps back to its passage by
///   arithmetic, without a lookup per match.
/// - `summaries`: one narrow row per article, all a list row or a lazy library needs without
///   reading the wide `articles` rows: its path, its place in path order (`path_order`, see
///   `PathOrder`), its first passage row, its counts (`entities` is set with the tags), its
///   title and source. Titles live here, not beside the raw text: the list rows around an
///   article far away then share a page or two, where they cost a page of `articles` each,
///   a disk read apiece when the cache is cold.
/// - `passage_fts`: FTS5 over the text of content passages (body, heading, list item), kept in
///   step with `passages` by triggers.
/// - `terms`: each linking term's document frequency (`TermCounts`), kept in step with the
///   articles as they come and go; `meta.content_passages` is its N.
/// - `article_evidence`: each article's `TagEvidence` (discovery's candidate names, its figure
///   names), written with the article; `discovery_names` sums the names over all articles, kept
///   in step as articles come and go. Together they decide the entity table without reading the
///   articles.
/// - `entities`, `aliases`, `article_tags`, `postings`, `entity_stats`: what tagging produced.
///   Tagging is corpus-wide only through the entity table (discovery needs two articles; figures
///   are numbered in corpus order): when files change and the table built from the evidence is
///   the stored one, only articles without `article_tags` (added or changed) are tagged and the
///   other tables follow them; otherwise, or when the catalogs change, these are replaced as a
///   whole. `meta.tag_basis` says which catalogs and options the evidence and tags were built
///   with, `meta.tag_key` that the tags are complete. `postings` is keyed by entity then path
///   order, so the next mention after a passage is one index seek; `mentions` counts the
///   passage's mentions of the entity or of a product named after it (search's bonus).
/// - `head_terms`, `head_hits`, `head_postings`, `entity_heads`, `entity_postings`: search's
///   stored answers for the terms and entities in the most passages (`HeadTerms`,
///   `TermPostings`); `meta.head_terms` is present while `head_hits` and `head_postings` follow
///   the articles, and `entity_heads` is rebuilt with every change to the tags.
/// - `passage_lengths`: each searchable passage's length in tokens, for scoring matches without
///   a lookup each (`PassageLengths`); rebuilt with `head_terms`.
enum IndexSchema {
    /// "NRIX": tells our index apart from any other SQLite file at the same path.
    static let applicationID: Int32 = 0x4E52_4958
    /// Bump whenever a table or what the pipeline writes into one changes.
    static let formatVersion: Int32 = 10

    /// `passage_fts`'s tokenizer. Search runs it from Swift too, to find in a passage the words
    /// a query matched (`IndexTokenizer`).
    static let tokenizer = ["porter", "unicode61", "remove_diacritics", "2"]

    /// The trigger that indexes each new content passage in `passage_fts`.
    static let passageIndexTrigger = "passages_fts_insert"

    /// Content passage kinds, as stored in `passages.kind`: the ones full-text search sees.
    static let searchableKinds = "('body', 'heading', 'list item')"

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE files (
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                size INTEGER NOT NULL,
                mtime REAL NOT NULL,
                hash TEXT NOT NULL,
                problem TEXT
            );
            CREATE INDEX files_with_problems ON files (path, problem) WHERE problem IS NOT NULL;
            CREATE TABLE articles (
                id INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
                raw TEXT NOT NULL,
                notices TEXT NOT NULL
            );
            CREATE TABLE passages (
                id INTEGER PRIMARY KEY,
                article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                line_start INTEGER NOT NULL,
                line_end INTEGER NOT NULL,
                repeat_of INTEGER,
                UNIQUE (article, idx)
            );
            CREATE TABLE summaries (
                article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                path TEXT NOT NULL,
                path_order INTEGER,
                first_passage INTEGER NOT NULL,
                passages INTEGER NOT NULL,
                words INTEGER NOT NULL,
                entities INTEGER NOT NULL DEFAULT 0,
                title TEXT NOT NULL,
                source TEXT
            );
            CREATE INDEX summaries_by_order ON summaries (path_order, article, first_passage, passages);
            CREATE INDEX summaries_by_path ON summaries (path, path_order);
            CREATE TABLE terms (term TEXT PRIMARY KEY NOT NULL, df INTEGER NOT NULL) WITHOUT ROWID;
            CREATE VIRTUAL TABLE passage_fts USING fts5(
                text, content = 'passages', content_rowid = 'id',
                tokenize = '\(tokenizer.joined(separator: " "))'
            );
            CREATE TRIGGER \(passageIndexTrigger) AFTER INSERT ON passages
                WHEN new.kind IN \(searchableKinds) BEGIN
                INSERT INTO passage_fts (rowid, text) VALUES (new.id, new.text);
            END;
            CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages
                WHEN old.kind IN \(searchableKinds) BEGIN
                INSERT INTO passage_fts (passage_fts, rowid, text) VALUES ('delete', old.id, old.text);
            END;
            CREATE TABLE article_evidence (
                article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                names BLOB NOT NULL,
                figures BLOB NOT NULL
            );
            CREATE TABLE discovery_names (
                name TEXT PRIMARY KEY NOT NULL,
                kind INTEGER NOT NULL,
                articles INTEGER NOT NULL,
                occurrences INTEGER NOT NULL,
                mid_sentence INTEGER NOT NULL,
                after_honorific INTEGER NOT NULL,
                lowercase INTEGER NOT NULL,
                organisation_cues INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX recurring_names ON discovery_names (articles) WHERE articles >= 2;
            CREATE TABLE entities (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                parent TEXT,
                origin TEXT NOT NULL
            );
            CREATE TABLE aliases (
                entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                exact_case INTEGER NOT NULL,
                PRIMARY KEY (entity, position)
            ) WITHOUT ROWID;
            CREATE TABLE article_tags (
                article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                mentions BLOB NOT NULL,
                figures BLOB NOT NULL
            );
            CREATE TABLE postings (
                entity INTEGER NOT NULL,
                path_order INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                mentions INTEGER NOT NULL,
                PRIMARY KEY (entity, path_order, idx)
            ) WITHOUT ROWID;
            CREATE INDEX postings_by_article ON postings (article);
            CREATE TABLE entity_stats (
                entity INTEGER PRIMARY KEY,
                mentions INTEGER NOT NULL,
                articles INTEGER NOT NULL,
                passages INTEGER NOT NULL,
                posting_articles INTEGER NOT NULL
            );
            CREATE TABLE head_terms (
                term TEXT PRIMARY KEY NOT NULL,
                passages INTEGER NOT NULL,
                articles INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE head_postings (
                term TEXT NOT NULL,
                chunk INTEGER NOT NULL,
                postings BLOB NOT NULL,
                PRIMARY KEY (term, chunk)
            );
            CREATE TABLE head_hits (
                term TEXT NOT NULL,
                passage INTEGER NOT NULL,
                score REAL NOT NULL,
                PRIMARY KEY (term, passage)
            ) WITHOUT ROWID;
            CREATE TABLE entity_heads (
                entity INTEGER NOT NULL,
                rank INTEGER NOT NULL,
                path_order INTEGER NOT NULL,
                passages INTEGER NOT NULL,
                articles INTEGER NOT NULL,
                PRIMARY KEY (entity, rank)
            ) WITHOUT ROWID;
            CREATE TABLE passage_lengths (block INTEGER PRIMARY KEY, lengths BLOB NOT NULL);
            CREATE TABLE entity_postings (entity INTEGER PRIMARY KEY, postings BLOB NOT NULL);
            """)
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(formatVersion)")
    }
}
