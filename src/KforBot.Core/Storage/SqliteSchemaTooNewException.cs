namespace KforBot.Storage;

/// <summary>The file's schema is newer than this version of the bot knows: a newer version wrote it.</summary>
public sealed class SqliteSchemaTooNewException(string path, int version, int knownVersion)
    : Exception($"'{path}' was written by a newer version of the bot (schema {version}, this one knows {knownVersion}).")
{
    public int Version { get; } = version;

    public int KnownVersion { get; } = knownVersion;
}
