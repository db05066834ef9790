namespace KforBot.Tests.Support;

/// <summary>
/// The seed corpus with three articles an operator might add (tests/data/added-articles), copied into a temp folder
/// and indexed once, shared by the tests of a class: what holds of the seed must hold of a grown corpus.
/// </summary>
public sealed class GrownCorpusIndexFixture() : CorpusIndexFixture(CopyGrownCorpus)
{
    private static string CopyGrownCorpus(TempFolder folder)
    {
        var corpus = folder.Combine("corpus");
        Directory.CreateDirectory(corpus);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Corpus).Concat(Directory.EnumerateFiles(RepositoryPaths.AddedArticles, "*.md")))
        {
            File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        }

        return corpus;
    }
}
