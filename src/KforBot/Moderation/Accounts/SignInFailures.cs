using Microsoft.Data.Sqlite;

namespace KforBot.Moderation.Accounts;

/// <summary>
/// Failed sign-ins by name and client address, in the accounts file. A name is locked while it has
/// <see cref="ModerationOptions.LockoutFailures"/> failures in the last <see cref="ModerationOptions.LockoutMinutes"/>,
/// but only for the addresses those failures came from: a stranger who guesses wrong cannot keep the moderator out.
/// Names with no account are counted the same way, so a lock says nothing about whether the account exists.
/// </summary>
internal static class SignInFailures
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS sign_in_failures(
            name TEXT NOT NULL COLLATE NOCASE,
            address TEXT NOT NULL,
            at_ms INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS sign_in_failures_name ON sign_in_failures(name, at_ms);
        """;

    /// <summary>When the name's lock ends, if the name is locked now (from any address).</summary>
    public static async Task<DateTimeOffset?> LockedUntilAsync(
        SqliteConnection connection, string name, DateTimeOffset now, ModerationOptions options, CancellationToken cancellationToken)
    {
        // The lock lasts a window from the oldest of the last LockoutFailures failures.
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT at_ms FROM sign_in_failures WHERE name = $name AND at_ms > $since
            ORDER BY at_ms DESC LIMIT 1 OFFSET $nth
            """;
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$since", Since(now, options));
        command.Parameters.AddWithValue("$nth", options.LockoutFailures - 1);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long at
            ? DateTimeOffset.FromUnixTimeMilliseconds(at).AddMinutes(options.LockoutMinutes)
            : null;
    }

    /// <summary>Whether this address failed for this name within the window (and so is held by a lock).</summary>
    public static async Task<bool> FailedFromAsync(
        SqliteConnection connection, string name, string address, DateTimeOffset now, ModerationOptions options, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM sign_in_failures WHERE name = $name AND address = $address AND at_ms > $since LIMIT 1";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$address", address);
        command.Parameters.AddWithValue("$since", Since(now, options));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>Counts a failure, forgetting those older than the window; returns the failures the name now has in it.</summary>
    public static async Task<int> AddAsync(
        SqliteConnection connection, string name, string address, DateTimeOffset now, ModerationOptions options, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM sign_in_failures WHERE at_ms <= $since;
            INSERT INTO sign_in_failures(name, address, at_ms) VALUES ($name, $address, $now);
            SELECT COUNT(*) FROM sign_in_failures WHERE name = $name;
            """;
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$address", address);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$since", Since(now, options));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Forgets the name's failures: from one address after the right password came from it (a lock others caused
    /// stays theirs), or from every address when the operator sets a new password.
    /// </summary>
    public static async Task ClearAsync(SqliteConnection connection, string name, string? address, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM sign_in_failures WHERE name = $name" + (address is null ? string.Empty : " AND address = $address");
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$address", (object?)address ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static long Since(DateTimeOffset now, ModerationOptions options) => now.AddMinutes(-options.LockoutMinutes).ToUnixTimeMilliseconds();
}
