namespace KforBot.Search.Generations;

/// <summary>
/// The index folder: a marker that says it is ours, a pointer to the live generation, and one folder per
/// generation. A generation is written in full, then published by renaming the pointer file over the old one, so
/// readers see the old generation or the new one, never half of one. A path that holds anything else is never
/// written to or deleted.
/// </summary>
internal sealed class IndexFolder(string path)
{
    public const string MarkerFileName = "KFORBOT-INDEX";
    private const string PointerFileName = "current";
    private const string GenerationsFolderName = "generations";
    private const string BuildLockFileName = "build.lock";
    private const string MarkerText = "This folder holds KforBot's search index. The bot rebuilds it from the corpus when it is deleted.\n";

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public string EmbeddingCachePath => System.IO.Path.Combine(Path, "embedding-cache.db");

    private string GenerationsPath => System.IO.Path.Combine(Path, GenerationsFolderName);

    /// <summary>Why this path cannot hold our index (something else is there), or null when it can.</summary>
    public string? Unusable()
    {
        if (File.Exists(Path))
        {
            return $"'{Path}' is a file, not an index folder; it was left untouched. Set Index:Path (or --index) to a folder of its own, e.g. data/index";
        }

        if (!Directory.Exists(Path) || File.Exists(System.IO.Path.Combine(Path, MarkerFileName)) || !Directory.EnumerateFileSystemEntries(Path).Any())
        {
            return null;
        }

        return $"'{Path}' holds files that are not a KforBot index; they were left untouched. Set Index:Path (or --index) to an empty or new folder, e.g. data/index";
    }

    /// <summary>Creates the folder and its marker; call only when <see cref="Unusable"/> is null.</summary>
    public void EnsureCreated()
    {
        Directory.CreateDirectory(GenerationsPath);
        var marker = System.IO.Path.Combine(Path, MarkerFileName);
        if (!File.Exists(marker))
        {
            File.WriteAllText(marker, MarkerText);
        }
    }

    /// <summary>The live generation's folder, or null when none was published (or the path is not ours).</summary>
    public string? CurrentGeneration()
    {
        if (Unusable() is not null)
        {
            return null;
        }

        try
        {
            var name = File.ReadAllText(System.IO.Path.Combine(Path, PointerFileName)).Trim();
            return IsGenerationName(name) ? System.IO.Path.Combine(GenerationsPath, name) : null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public string NewGenerationPath(DateTimeOffset now) =>
        System.IO.Path.Combine(GenerationsPath, $"g{now:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..8]}");

    /// <summary>Makes <paramref name="generationPath"/> the live generation in one atomic rename.</summary>
    public void Publish(string generationPath)
    {
        var pointer = System.IO.Path.Combine(Path, PointerFileName);
        var temporary = pointer + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(System.IO.Path.GetFileName(generationPath) + "\n"));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, pointer, overwrite: true);
    }

    /// <summary>
    /// Takes the build lock, so two reindexes (the bot's and an operator's, say) never write at once.
    /// </summary>
    /// <returns>The lock to dispose, or null when another build holds it.</returns>
    public FileStream? TryLockForBuild()
    {
        try
        {
            return new FileStream(System.IO.Path.Combine(Path, BuildLockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Deletes the generations other than <paramref name="keep"/> (and incomplete ones a killed build left): called
    /// with the build lock held, so no build is writing one. A generation still open in a running bot stays readable
    /// there until it is closed (its files are open); on systems that refuse, it is deleted by a later build.
    /// </summary>
    public void DeleteGenerationsExcept(IReadOnlyCollection<string> keep)
    {
        if (!Directory.Exists(GenerationsPath))
        {
            return;
        }

        var kept = keep.Select(System.IO.Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var generation in Directory.EnumerateDirectories(GenerationsPath))
        {
            if (!kept.Contains(System.IO.Path.GetFullPath(generation)) && IsGenerationName(System.IO.Path.GetFileName(generation)))
            {
                try
                {
                    Directory.Delete(generation, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Still in use or not ours to delete now: the next build tries again.
                }
            }
        }
    }

    private static bool IsGenerationName(string name) =>
        name.Length > 2 && name[0] == 'g' && name.All(c => char.IsAsciiDigit(c) || c is '-' || char.IsAsciiLetterLower(c));
}
