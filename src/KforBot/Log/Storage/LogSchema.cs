using KforBot.Storage;
using Microsoft.Data.Sqlite;

namespace KforBot.Log.Storage;

/// <summary>
/// The log's tables, as numbered migrations. A file records the last migration applied in <c>PRAGMA user_version</c>;
/// opening it applies the ones after, each in a transaction, so an upgrade keeps every entry. Never change a
/// migration that has shipped: add the next one.
/// </summary>
internal static class LogSchema
{
    public static IReadOnlyList<SqliteMigration> Migrations { get; } =
    [
        new(1, """
            CREATE TABLE interactions(
                id            TEXT    PRIMARY KEY,
                at_ms         INTEGER NOT NULL,
                channel       TEXT    NOT NULL,
                chat_type     TEXT    NOT NULL,
                user_id       TEXT    NOT NULL,
                raw_user_id   TEXT,
                question      TEXT    NOT NULL,
                refused       INTEGER NOT NULL,
                reason        TEXT,
                passages      TEXT    NOT NULL,
                index_version TEXT    NOT NULL,
                latency_ms    REAL    NOT NULL,
                feedback      TEXT,
                status        TEXT    NOT NULL DEFAULT 'new',
                note          TEXT) WITHOUT ROWID;
            CREATE INDEX interactions_at ON interactions(at_ms);
            CREATE INDEX interactions_user ON interactions(user_id);
            """),
        // Closing the loop on refusals: the words a refusal found no article for, the re-check's mark and the
        // "notify me" subscription. Refusals logged before get their words from their reasons.
        new(2, """
            ALTER TABLE interactions ADD COLUMN uncovered_terms TEXT NOT NULL DEFAULT '[]';
            ALTER TABLE interactions ADD COLUMN now_answerable_ms INTEGER;
            ALTER TABLE interactions ADD COLUMN now_answerable_article TEXT;
            ALTER TABLE interactions ADD COLUMN notify_to TEXT;
            ALTER TABLE interactions ADD COLUMN notified_ms INTEGER;
            """, FillUncoveredTermsAsync),
    ];

    public static int CurrentVersion => Migrations[^1].Version;

    private static async Task FillUncoveredTermsAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var reasons = new List<(string Id, string Reason)>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT id, reason FROM interactions WHERE refused = 1 AND reason IS NOT NULL";
            await using var rows = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                reasons.Add((rows.GetString(0), rows.GetString(1)));
            }
        }

        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE interactions SET uncovered_terms = $terms WHERE id = $id";
        var terms = update.Parameters.Add("$terms", SqliteType.Text);
        var id = update.Parameters.Add("$id", SqliteType.Text);
        foreach (var (entryId, reason) in reasons)
        {
            terms.Value = LogJson.Terms(LegacyRefusalTerms.Uncovered(reason));
            id.Value = entryId;
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
