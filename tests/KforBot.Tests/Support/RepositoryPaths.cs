namespace KforBot.Tests.Support;

/// <summary>Finds the repository's own files (the seed corpus, question sets) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>The question sets kept in the repository (<c>tests/questions</c>), so a clone alone runs every test.</summary>
    public static string Questions(string file) => Path.Combine(Root, "tests", "questions", file);

    public static string ExtraQuestions => Questions("extra-questions.jsonl");

    /// <summary>Other news (Reuters-21578 stories' openings), for out-of-scope questions.</summary>
    public static string BackgroundNews => Path.Combine(Root, "tests", "data", "background-news.jsonl");

    /// <summary>Three articles an operator might add to the seed corpus, for tests of a grown corpus.</summary>
    public static string AddedArticles => Path.Combine(Root, "tests", "data", "added-articles");

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
