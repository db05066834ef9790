using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace KforBot.Log;

/// <summary>
/// The key of the user-id hash: <c>Log:UserIdSecret</c>, or else a random key made once and kept in a file beside
/// the log (<c>Log:Path</c> + <c>.secret</c>, readable by its owner only). Losing that file makes new
/// pseudonyms differ from old ones, so <c>/forget</c> would no longer find the old entries.
/// </summary>
internal sealed class UserIdKey(IOptions<LogOptions> options)
{
    private readonly Lock _loading = new();
    private byte[]? _key;

    /// <summary>The key; a failure to read or make its file is not remembered, so the next call tries again.</summary>
    /// <exception cref="IOException">The key file cannot be read or made.</exception>
    /// <exception cref="UnauthorizedAccessException">The key file's folder cannot be written.</exception>
    public byte[] Bytes
    {
        get
        {
            if (Volatile.Read(ref _key) is { } key)
            {
                return key;
            }

            lock (_loading)
            {
                return _key ??= Load(options.Value);
            }
        }
    }

    public static string FilePath(LogOptions options) => Path.GetFullPath(options.Path) + ".secret";

    private static byte[] Load(LogOptions options)
    {
        if (!string.IsNullOrEmpty(options.UserIdSecret))
        {
            return System.Text.Encoding.UTF8.GetBytes(options.UserIdSecret);
        }

        var path = FilePath(options);
        if (File.Exists(path))
        {
            return Read(path);
        }

        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var writer = new StreamWriter(path, file);
            writer.Write(Convert.ToBase64String(key));
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process made the key first: use theirs, so both write the same pseudonyms.
            return Read(path);
        }
    }

    private static byte[] Read(string path)
    {
        try
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        catch (FormatException)
        {
            throw new IOException($"The user-id key file '{path}' is damaged. Restore it from a backup, or set Log:UserIdSecret.");
        }
    }
}
