using System.Runtime.Versioning;
using Microsoft.Data.Sqlite;

namespace KforBot.Tests.Support;

/// <summary>A folder under the system temp folder, deleted with everything in it when disposed.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kforbot-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string relativePath, string content)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>
    /// A folder this process cannot create files in: a subfolder made read-only, or, for root (whom no folder
    /// permission stops), /sys, which refuses new files to everyone.
    /// </summary>
    [UnsupportedOSPlatform("windows")]
    public string ReadOnlyFolder()
    {
        var folder = Directory.CreateDirectory(Combine("read-only")).FullName;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            File.Create(System.IO.Path.Combine(folder, "probe"), 1, FileOptions.DeleteOnClose).Dispose();
            return "/sys";
        }
        catch (UnauthorizedAccessException)
        {
            return folder;
        }
    }

    public void Dispose()
    {
        // A pooled SQLite connection keeps its file open after its owner is gone.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platforms; the OS cleans temp folders eventually.
        }
    }
}
