namespace KforBot.Search.Sqlite;

/// <summary>The index file's tables. One file holds everything a reader needs, synonyms included.</summary>
internal static class SqliteIndexSchema
{
    /// <summary>Bumped when the layout changes; a file with another version is rebuilt.</summary>
    public const string Version = "4";

    // The FTS table is contentless (content=''): passage text lives once, in `passages`. An article's title is
    // indexed with its first passage only: repeated on every passage it was a quarter of all the words FTS5
    // tokenized for a news corpus (short paragraphs), and ranking credits the title to every passage anyway.
    // porter + unicode61 remove_diacritics 2: English stems, case and diacritics folded ("Çeku" = "ceku").
    // term_counts holds, per stem, the passages whose text contains it: written once per build from the
    // fts5vocab table, because fts5vocab counts by walking the term's whole posting list on every lookup.
    public const string Create = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE articles(
            id TEXT PRIMARY KEY, title TEXT NOT NULL, outlet TEXT NOT NULL, published TEXT, url TEXT,
            language TEXT NOT NULL, source_path TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE passages(
            id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, position INTEGER NOT NULL,
            heading TEXT, text TEXT NOT NULL, word_count INTEGER NOT NULL);
        CREATE VIRTUAL TABLE passage_fts USING fts5(
            title, heading, text, content='', tokenize='porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE passage_terms USING fts5vocab(passage_fts, 'col');
        CREATE TABLE term_counts(term TEXT PRIMARY KEY, passages INTEGER NOT NULL) WITHOUT ROWID;
        """;

    /// <summary>Fills <c>term_counts</c>; run once the FTS table is complete and optimized.</summary>
    public const string CountTerms = "INSERT INTO term_counts SELECT term, doc FROM passage_terms WHERE col = 'text'";

    /// <summary>Column weights for bm25(): title, heading, text.</summary>
    public const string Bm25Weights = "2.0, 1.5, 1.0";
}
