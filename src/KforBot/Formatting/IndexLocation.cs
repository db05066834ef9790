namespace KforBot.Formatting;

/// <summary>
/// Says in plain words when the index cannot be written where it is configured because its folder is not
/// writable. SQLite reports that as "unable to open database file", which names neither the folder nor the cause.
/// </summary>
internal static class IndexLocation
{
    /// <summary>The problem with writing an index at <paramref name="indexPath"/>, or null when its folder is writable.</summary>
    public static string? FindProblem(string indexPath)
    {
        var index = Path.GetFullPath(indexPath);
        var folder = Path.GetDirectoryName(index);

        // A folder that does not exist yet is created inside the nearest one that does: that one must be writable.
        while (folder is not null && !Directory.Exists(folder))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder is null || IsWritable(folder)
            ? null
            : $"The folder '{folder}' is not writable, so the index '{index}' cannot be written there. Make the folder writable, or give another place with --index (setting Index:Path).";
    }

    /// <summary>
    /// Permissions alone do not tell (root, access lists, read-only mounts); creating a file of our own, deleted
    /// as it closes, does.
    /// </summary>
    private static bool IsWritable(string folder)
    {
        var probe = Path.Combine(folder, $".kforbot-write-check-{Guid.NewGuid():N}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose))
            {
                return true;
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return false;
        }
    }
}
