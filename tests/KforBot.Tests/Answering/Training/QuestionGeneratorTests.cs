using System.Text.Json;
using System.Text.RegularExpressions;
using KforBot.Answering.Questions;
using KforBot.Answering.Training;
using KforBot.Corpus;
using KforBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace KforBot.Tests.Answering.Training;

/// <summary>Questions generated from the seed corpus: the same every time, of every kind, and traps with no answer where they were made.</summary>
public sealed class QuestionGeneratorTests
{
    private static readonly List<Passage> Passages = new CorpusLoader(NullLogger<CorpusLoader>.Instance)
        .Open(RepositoryPaths.Corpus).ReadArticles(CancellationToken.None).SelectMany(PassageSplitter.Split).ToList();

    private static readonly List<string> Background = File.ReadLines(RepositoryPaths.BackgroundNews)
        .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();

    private static readonly List<GeneratedQuestion> Generated = new QuestionGenerator(Passages).Generate(Background);

    [Fact]
    public void Generate_SameCorpusAndSeed_GivesTheSameQuestions()
    {
        var again = new QuestionGenerator(Passages).Generate(Background);

        Assert.Equal(Generated, again);
    }

    [Fact]
    public void Generate_OtherSeed_GivesOtherQuestions() =>
        Assert.NotEqual(Generated.Select(q => q.Text), new QuestionGenerator(Passages, seed: 2).Generate(Background).Select(q => q.Text));

    [Fact]
    public void Generate_SeedCorpus_MakesHundredsOfEachKind_InEveryTemplateAndStyle()
    {
        Assert.True(Generated.Count >= 800, $"{Generated.Count} questions");
        foreach (var kind in Enum.GetValues<QuestionKind>())
        {
            Assert.True(Generated.Count(q => q.Kind == kind) >= 250, $"{kind}: {Generated.Count(q => q.Kind == kind)}");
        }

        Assert.Superset(new HashSet<string> { "figure", "date", "who", "said", "keywords", "what" }, Generated.Where(q => q.Kind == QuestionKind.Answerable).Select(q => q.Template).ToHashSet());
        Assert.Superset(new HashSet<string> { "name-swap", "year-swap", "deed", "no-figure", "no-date" }, Generated.Where(q => q.Kind == QuestionKind.Trap).Select(q => q.Template).ToHashSet());
        Assert.Superset(new HashSet<string> { "plain", "lower", "typo", "chatty" }, Generated.Select(q => q.Style).ToHashSet());
    }

    [Fact]
    public void Generate_AnswerableQuestion_ComesFromASentenceOfItsPassage()
    {
        foreach (var question in Generated.Where(q => q.Kind == QuestionKind.Answerable))
        {
            var passage = Passages.Single(p => p.ArticleId == question.ArticleId && p.Position == question.Position);
            Assert.Contains(question.Sentence, passage.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Generate_Trap_NeverHoldsItsOwnAnswerInThePassageItWasMadeFrom()
    {
        foreach (var trap in Generated.Where(q => q.Kind == QuestionKind.Trap))
        {
            var passage = Passages.Single(p => p.ArticleId == trap.ArticleId && p.Position == trap.Position).Text;
            var words = QuestionReader.Read(trap.Text).Subject.Select(w => w.Surface).ToList();

            // A name, a year or a deed of the trap is missing from its passage, or the passage lacks the figure or date it asks for.
            var missing = words.Where(w => !Regex.IsMatch(passage, $@"\b{Regex.Escape(w.TrimEnd('s'))}(?:s|es)?\b", RegexOptions.IgnoreCase)).ToList();
            Assert.True(missing.Count > 0 || trap.Template is "no-figure" or "no-date", $"{trap.Template}: {trap.Text} / {passage}");
        }
    }

    [Fact]
    public void Generate_OutOfScopeQuestion_ComesFromTheBackgroundNotTheCorpus() =>
        Assert.All(Generated.Where(q => q.Kind == QuestionKind.OutOfScope), q => Assert.Contains(Background, text => text.Contains(q.Sentence, StringComparison.Ordinal)));
}
