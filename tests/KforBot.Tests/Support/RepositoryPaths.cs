namespace KforBot.Tests.Support;

/// <summary>Finds the repository's own files (the seed corpus, question sets) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string ExtraQuestions => Path.Combine(Root, "tests", "questions", "extra-questions.jsonl");

    /// <summary>The shared development question sets: <c>../shared/eval</c> beside the repository, as in CI.</summary>
    public static string SharedEval => Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KforBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with KforBot.sln) was not found above " + AppContext.BaseDirectory);
    }
}
