namespace KforBot.Benchmarks.Support;

/// <summary>The bytes a folder's files hold, sub-folders included; 0 when it does not exist.</summary>
internal static class FolderSize
{
    public static long Bytes(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length) : 0;
}
