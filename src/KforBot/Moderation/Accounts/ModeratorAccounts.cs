using System.Security.Cryptography;
using KforBot.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KforBot.Moderation.Accounts;

/// <summary>
/// The moderators' accounts in their own SQLite file (<c>Moderation:AccountsPath</c>): names, ASP.NET Core
/// PasswordHasher hashes (PBKDF2, salted), failed sign-ins and lockout (<see cref="SignInFailures"/>). A separate file rather than a table of the
/// interaction log: the log is purged, exported and copied for analysis, credentials must not travel with it.
/// </summary>
internal sealed class ModeratorAccounts(IOptions<ModerationOptions> options, TimeProvider timeProvider) : IDisposable
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
        """ + SignInFailures.Schema;

    private static readonly Moderator Nobody = new(string.Empty, default, null, null);

    // A hash to verify against when the name is unknown, so a wrong name costs as long as a wrong password.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<Moderator>().HashPassword(Nobody, RandomNumberGenerator.GetHexString(32)));

    private readonly PasswordHasher<Moderator> _hasher = new();

    // Version 2, as files written before the schema was numbered by its steps say. No WAL: its side files would hold
    // password hashes beside the file that only the bot's own user reads (slow to crack, not impossible).
    private readonly SqliteFile _file = new(
        options.Value.AccountsPath, [new SqliteMigration(2, Schema)], new SqliteFileOptions(LockWaitSeconds: 5, WriteAheadLog: false, OwnerOnly: true));

    public string Path => _file.Path;

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
    public async Task<bool> SetPasswordAsync(string name, string password, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var changed = await ExecuteAsync(
            connection,
            "UPDATE moderators SET password_hash = $hash, stamp = $stamp WHERE name = $name",
            p =>
            {
                p.AddWithValue("$name", name);
                p.AddWithValue("$hash", _hasher.HashPassword(Nobody, password));
                p.AddWithValue("$stamp", NewStamp());
            },
            cancellationToken).ConfigureAwait(false) == 1;
        if (changed)
        {
            await SignInFailures.ClearAsync(connection, name, null, cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

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
        command.CommandText = "SELECT name, created_ms, last_sign_in_ms FROM moderators ORDER BY name";
        var moderators = new List<Moderator>();
        await using (var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                moderators.Add(new Moderator(rows.GetString(0), Time(rows, 1)!.Value, Time(rows, 2), null));
            }
        }

        var now = timeProvider.GetUtcNow();
        for (var i = 0; i < moderators.Count; i++)
        {
            moderators[i] = moderators[i] with { LockedUntil = await SignInFailures.LockedUntilAsync(connection, moderators[i].Name, now, options.Value, cancellationToken).ConfigureAwait(false) };
        }

        return moderators;
    }

    /// <summary>
    /// Checks the password from a client address. A wrong one counts a failure (for names with no account too), and
    /// <see cref="ModerationOptions.LockoutFailures"/> of them within <see cref="ModerationOptions.LockoutMinutes"/>
    /// lock the name for the addresses they came from; from any other address the right password still gets in.
    /// Every path checks one password hash, so the time taken does not tell a known name or a lock.
    /// </summary>
    public async Task<SignInOutcome> SignInAsync(string name, string password, string address, CancellationToken cancellationToken)
    {
        // No account has a longer name; cut, it still matches none, and a huge one costs the failures table nothing.
        name = name.Length > ModeratorNames.MaximumLength ? name[..(ModeratorNames.MaximumLength + 1)] : name;
        var now = timeProvider.GetUtcNow();
        var settings = options.Value;
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var account = await ReadSecretsAsync(connection, name, cancellationToken).ConfigureAwait(false);
        var lockedUntil = await SignInFailures.LockedUntilAsync(connection, name, now, settings, cancellationToken).ConfigureAwait(false);
        var held = lockedUntil is not null && await SignInFailures.FailedFromAsync(connection, name, address, now, settings, cancellationToken).ConfigureAwait(false);
        var verdict = _hasher.VerifyHashedPassword(Nobody, account is { } known && !held ? known.Hash : DecoyHash.Value, password);
        if (held)
        {
            return new SignInOutcome(null, lockedUntil, LockStarted: false);
        }

        if (account is not { } found || verdict == PasswordVerificationResult.Failed)
        {
            var failures = await SignInFailures.AddAsync(connection, name, address, now, settings, cancellationToken).ConfigureAwait(false);
            return failures >= settings.LockoutFailures
                ? new SignInOutcome(null, await SignInFailures.LockedUntilAsync(connection, name, now, settings, cancellationToken).ConfigureAwait(false), LockStarted: failures == settings.LockoutFailures)
                : SignInOutcome.Wrong;
        }

        await SignInFailures.ClearAsync(connection, name, address, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            "UPDATE moderators SET last_sign_in_ms = $now" +
                (verdict == PasswordVerificationResult.SuccessRehashNeeded ? ", password_hash = $hash" : string.Empty) + " WHERE name = $name",
            p =>
            {
                p.AddWithValue("$name", name);
                p.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                p.AddWithValue("$hash", _hasher.HashPassword(Nobody, password));
            },
            cancellationToken).ConfigureAwait(false);
        return new SignInOutcome(found.Stamp, null, LockStarted: false);
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

    private static async Task<(string Hash, string Stamp)?> ReadSecretsAsync(SqliteConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT password_hash, stamp FROM moderators WHERE name = $name";
        command.Parameters.AddWithValue("$name", name);
        await using var row = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await row.ReadAsync(cancellationToken).ConfigureAwait(false) ? (row.GetString(0), row.GetString(1)) : null;
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

    public void Dispose() => _file.Dispose();

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(cancellationToken);
}
