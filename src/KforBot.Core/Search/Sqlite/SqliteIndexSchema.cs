namespace KforBot.Search.Sqlite;

/// <summary>The index file's tables. One file holds everything a reader needs, synonyms included.</summary>
internal static class SqliteIndexSchema
{
    /// <summary>Bumped when the layout changes; a file with another version is rebuilt.</summary>
    public const string Version = "6";

    /// <summary>
    /// A passage's id is its article's number shifted left by this many bits, plus its position: unique within a
    /// build, and an article's passages are one range of ids. 2^28 positions is more than the passages of the
    /// longest article a string can hold.
    /// </summary>
    public const int PositionBits = 28;

    // FTS5 holds one row per article (title and body), numbered 1, 2, 3...: the same rows as a plain FTS5 table
    // of the corpus, so a build costs FTS5 little more than the text itself. One row per passage made FTS5 write
    // five times as many rows for a news corpus (short paragraphs) and cost a quarter more time. The FTS table is
    // contentless (content=''): each body is stored once, in article_bodies under the same number, and a
    // question's candidates are the passages of the bodies of the articles FTS5 finds, cut as they are read (the
    // cut is the build's: same code, same text). Storing passages as rows of their own cost a build of 20,000
    // news stories a fifth more inserts than the articles alone.
    // porter + unicode61 remove_diacritics 2: English stems, case and diacritics folded ("Çeku" = "ceku").
    // term_counts holds, per stem, the passages whose text contains it (BM25's document frequency at passage
    // level), counted while the passages are cut during the build, by the tokenizer that reproduces FTS5's.
    public const string Create = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE articles(
            id TEXT PRIMARY KEY, title TEXT NOT NULL, outlet TEXT NOT NULL, published TEXT, url TEXT,
            language TEXT NOT NULL, source_path TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE article_bodies(number INTEGER PRIMARY KEY, article_id TEXT NOT NULL, body TEXT NOT NULL);
        CREATE VIRTUAL TABLE article_fts USING fts5(
            title, text, content='', tokenize='porter unicode61 remove_diacritics 2');
        CREATE TABLE term_counts(term TEXT PRIMARY KEY, passages INTEGER NOT NULL) WITHOUT ROWID;
        """;

    /// <summary>Column weights for bm25(): title, text.</summary>
    public const string Bm25Weights = "2.0, 1.0";

    public static long PassageId(long articleNumber, int position) => (articleNumber << PositionBits) | (long)position;
}
