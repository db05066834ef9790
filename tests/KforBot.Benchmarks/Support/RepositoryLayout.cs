namespace KforBot.Benchmarks.Support;

/// <summary>Where the repository and its reference data are, found from the running benchmark's folder.</summary>
internal static class RepositoryLayout
{
    /// <summary>The folder holding KforBot.sln, or the current folder when it is not found.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The seed corpus of the repository.</summary>
    public static string SeedCorpus => Path.Combine(Root, "corpus");

    /// <summary><c>../shared/data</c> relative to the repository root, as in CI.</summary>
    public static string DefaultDataDirectory => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KforBot.sln")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
