using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KforBot.Moderation.Accounts;

/// <summary>
/// The moderators' accounts in their own SQLite file (<c>Moderation:AccountsPath</c>): names, ASP.NET Core
/// PasswordHasher hashes (PBKDF2, salted), failed sign-ins and lockout. A separate file rather than a table of the
/// interaction log: the log is purged, exported and copied for analysis, credentials must not travel with it.
/// </summary>
internal sealed class ModeratorAccounts(IOptions<ModerationOptions> options, TimeProvider timeProvider)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS moderators(
            name TEXT PRIMARY KEY COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            stamp TEXT NOT NULL,
            created_ms INTEGER NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            locked_until_ms INTEGER,
            last_sign_in_ms INTEGER);
        PRAGMA user_version = 1;
        """;

    private static readonly Moderator Nobody = new(string.Empty, default, null, null);

    // A hash to verify against when the name is unknown, so a wrong name costs as long as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<Moderator>().HashPassword(Nobody, RandomNumberGenerator.GetHexString(32)));

    private readonly PasswordHasher<Moderator> _hasher = new();

    public string Path { get; } = System.IO.Path.GetFullPath(options.Value.AccountsPath);

    /// <summary>Adds the account; false when the name is taken.</summary>
    public async Task<bool> AddAsync(string name, string password, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "INSERT OR IGNORE INTO moderators(name, password_hash, stamp, created_ms) VALUES ($name, $hash, $stamp, $now)",
            p =>
            {
                p.AddWithValue("$name", name);
                p.AddWithValue("$hash", _hasher.HashPassword(Nobody, password));
                p.AddWithValue("$stamp", NewStamp());
                p.AddWithValue("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            },
            cancellationToken).ConfigureAwait(false) == 1;

    /// <summary>Replaces the password, unlocks the account and ends its sign-ins elsewhere; false when there is no such account.</summary>
    public async Task<bool> SetPasswordAsync(string name, string password, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            "UPDATE moderators SET password_hash = $hash, stamp = $stamp, failures = 0, locked_until_ms = NULL WHERE name = $name",
            p =>
            {
                p.AddWithValue("$name", name);
                p.AddWithValue("$hash", _hasher.HashPassword(Nobody, password));
                p.AddWithValue("$stamp", NewStamp());
            },
            cancellationToken).ConfigureAwait(false) == 1;

    /// <summary>Ends the account's sign-ins (a new stamp), as signing out does; its password stays.</summary>
    public async Task EndSessionsAsync(string name, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE moderators SET stamp = $stamp WHERE name = $name", p =>
        {
            p.AddWithValue("$name", name);
            p.AddWithValue("$stamp", NewStamp());
        }, cancellationToken).ConfigureAwait(false);

    /// <summary>Removes the account (its sign-ins end at their next request); false when there is no such account.</summary>
    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken) =>
        await ExecuteAsync("DELETE FROM moderators WHERE name = $name", p => p.AddWithValue("$name", name), cancellationToken).ConfigureAwait(false) == 1;

    public async Task<IReadOnlyList<Moderator>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, created_ms, last_sign_in_ms, locked_until_ms FROM moderators ORDER BY name";
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var moderators = new List<Moderator>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            moderators.Add(new Moderator(rows.GetString(0), Time(rows, 1)!.Value, Time(rows, 2), Time(rows, 3)));
        }

        return moderators;
    }

    /// <summary>
    /// Checks the password; a wrong one counts a failure, and <see cref="ModerationOptions.LockoutFailures"/> in a
    /// row lock the account for <see cref="ModerationOptions.LockoutMinutes"/>, during which even the right one fails.
    /// </summary>
    public async Task<SignInOutcome> SignInAsync(string name, string password, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await ReadSecretsAsync(connection, name, cancellationToken).ConfigureAwait(false) is not { } account)
        {
            _hasher.VerifyHashedPassword(Nobody, DecoyHash.Value, password);
            return SignInOutcome.Wrong;
        }

        var (hash, stamp, failures, lockedUntil) = account;

        if (lockedUntil > now)
        {
            return new SignInOutcome(null, lockedUntil);
        }

        var verdict = _hasher.VerifyHashedPassword(Nobody, hash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var lockout = failures + 1 >= options.Value.LockoutFailures ? now.AddMinutes(options.Value.LockoutMinutes) : (DateTimeOffset?)null;
            await ExecuteAsync(
                connection,
                "UPDATE moderators SET failures = $failures, locked_until_ms = $until WHERE name = $name",
                p =>
                {
                    p.AddWithValue("$name", name);
                    p.AddWithValue("$failures", lockout is null ? failures + 1 : 0);
                    p.AddWithValue("$until", lockout is { } until ? until.ToUnixTimeMilliseconds() : DBNull.Value);
                },
                cancellationToken).ConfigureAwait(false);
            return new SignInOutcome(null, lockout);
        }

        await ExecuteAsync(
            connection,
            "UPDATE moderators SET failures = 0, locked_until_ms = NULL, last_sign_in_ms = $now" +
                (verdict == PasswordVerificationResult.SuccessRehashNeeded ? ", password_hash = $hash" : string.Empty) + " WHERE name = $name",
            p =>
            {
                p.AddWithValue("$name", name);
                p.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                p.AddWithValue("$hash", _hasher.HashPassword(Nobody, password));
            },
            cancellationToken).ConfigureAwait(false);
        return new SignInOutcome(stamp, null);
    }

    /// <summary>The stamp a sign-in must carry to stay valid; null once the account is removed.</summary>
    public async Task<string?> StampAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT stamp FROM moderators WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private static async Task<(string Hash, string Stamp, int Failures, DateTimeOffset? LockedUntil)?> ReadSecretsAsync(
        SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT password_hash, stamp, failures, locked_until_ms FROM moderators WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        await using var row = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await row.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? (row.GetString(0), row.GetString(1), row.GetInt32(2), Time(row, 3))
            : null;
    }

    private static string NewStamp() => RandomNumberGenerator.GetHexString(32);

    private static DateTimeOffset? Time(SqliteDataReader row, int column) =>
        row.IsDBNull(column) ? null : DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(column));

    private async Task<int> ExecuteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, sql, bind, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var isNew = !File.Exists(Path);
        if (isNew)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, DefaultTimeout = 5 }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (isNew && !OperatingSystem.IsWindows())
        {
            // Password hashes are slow to crack, not impossible: only the bot's own user reads them.
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        await using var schema = connection.CreateCommand();
        schema.CommandText = Schema;
        await schema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
