using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace KforBot.Search.Sqlite;

/// <summary>
/// One build of the index file as the process knows it: its metadata, the stems' passage counts read so far,
/// and read connections kept open between questions. Every connection here was opened on this build's file;
/// once a newer build replaces it, its connections are closed as they come back.
/// </summary>
internal sealed class IndexBuild(IndexFileIdentity identity, IndexBuildMetadata metadata)
{
    private static readonly int MaxIdleConnections = Math.Max(2, Environment.ProcessorCount * 2);

    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private volatile bool _retired;
    private int _readers;

    public IndexFileIdentity Identity { get; } = identity;

    public IndexBuildMetadata Metadata { get; } = metadata;

    /// <summary>Passages whose text contains a stem, by stem (from <c>term_counts</c>); filled as questions ask.</summary>
    public ConcurrentDictionary<string, int> TermCounts { get; } = new(StringComparer.Ordinal);

    public bool TryRent(out SqliteConnection connection) => _idle.TryTake(out connection!);

    /// <summary>A reader starts on this build; counted before it takes a connection, so the build is not closed under it.</summary>
    public void Enter() => Interlocked.Increment(ref _readers);

    /// <summary>A reader that entered found no idle connection here and goes elsewhere.</summary>
    public void Leave() => Return(null);

    /// <summary>A reader is done: its connection is kept for the next question, or closed if the build was replaced.</summary>
    // Closing a SQLite connection is a synchronous native call; there is nothing to await.
    public void Return(SqliteConnection? connection)
    {
        var stillReading = Interlocked.Decrement(ref _readers);
        if (connection is not null && (_retired || _idle.Count >= MaxIdleConnections))
        {
            connection.Dispose();
        }
        else if (connection is not null)
        {
            _idle.Add(connection);
        }

        if (_retired)
        {
            CloseIdle();
            if (stillReading == 0)
            {
                Metadata.Catalog?.Dispose();
            }
        }
    }

    /// <summary>Called when a newer build replaces this one: no connection to this file is kept any more.</summary>
    public void Retire()
    {
        _retired = true;
        CloseIdle();
        if (Volatile.Read(ref _readers) == 0)
        {
            Metadata.Catalog?.Dispose();
        }
    }

    private void CloseIdle()
    {
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }
}

/// <summary>
/// Tells one index file from the next without opening it: a reindex writes a new file and renames it over the
/// path, so the size and modification time at the path change (the time to the 100 ns).
/// </summary>
internal readonly record struct IndexFileIdentity(long LastWriteTicks, long Length)
{
    public static IndexFileIdentity? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new IndexFileIdentity(info.LastWriteTimeUtc.Ticks, info.Length) : null;
    }
}
