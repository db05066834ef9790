namespace KforBot.Search.Sqlite;

/// <summary>The index file's tables. One file holds everything a reader needs, synonyms included.</summary>
internal static class SqliteIndexSchema
{
    /// <summary>Bumped when the layout changes; a file with another version is rebuilt.</summary>
    public const string Version = "2";

    // The FTS table is contentless (content=''): passage text lives once, in `passages`.
    // porter + unicode61 remove_diacritics 2: English stems, case and diacritics folded ("Çeku" = "ceku").
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
        """;

    /// <summary>Column weights for bm25(): title, heading, text.</summary>
    public const string Bm25Weights = "2.0, 1.5, 1.0";
}
