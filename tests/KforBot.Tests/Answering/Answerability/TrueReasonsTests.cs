using KforBot.Formatting;
using System.Text.Json;
using System.Text.RegularExpressions;
using KforBot.Answering;
using KforBot.Answering.Answerability;
using KforBot.Answering.Training;
using KforBot.Corpus;
using KforBot.Evaluation;
using KforBot.Search;
using KforBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace KforBot.Tests.Answering.Answerability;

/// <summary>
/// Every refusal over every question file and the questions generated from the corpus: each word a reason calls
/// missing is really absent from what the reason names (every article, with its title, outlet and date; or the closest
/// passage shown as related, with its article's title).
/// </summary>
public sealed partial class TrueReasonsTests(SeedIndexFixture seed, GrownCorpusIndexFixture grown)
    : IClassFixture<SeedIndexFixture>, IClassFixture<GrownCorpusIndexFixture>
{
    [Fact]
    public async Task EveryRefusal_CallsMissingOnlyWordsThatAreMissing() =>
        await AssertTrueReasonsAsync(seed.Services, seed.Answerer, RepositoryPaths.Corpus);

    [Fact]
    public async Task EveryRefusal_CallsMissingOnlyWordsThatAreMissing_WithArticlesAdded() =>
        await AssertTrueReasonsAsync(grown.Services, grown.Answerer, grown.Corpus);

    private static async Task AssertTrueReasonsAsync(AnsweringServices services, IQuestionAnswerer answerer, string corpus)
    {
        var passages = Passages(corpus);
        var questions = new[] { "dev-questions.jsonl", "dev2-questions.jsonl", "extra-questions.jsonl" }
            .SelectMany(f => File.ReadLines(RepositoryPaths.Questions(f)))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize(l, EvalJsonContext.Default.EvalQuestion)!.Question)
            .Concat(Generated(passages).Take(600))
            .ToList();
        await using var reader = await services.Get<IPassageIndex>().OpenReaderAsync(CancellationToken.None);
        var everything = Fold(string.Join('\n', passages.Select(p => p.Text).Concat(reader.Articles.Values.Select(a => a.Context))));
        var falseReasons = new List<string>();
        foreach (var question in questions)
        {
            var answer = await answerer.AnswerAsync(question, CancellationToken.None);
            if (answer.Kind == AnswerKind.Refused && ReasonText.Of(answer) is { } reason)
            {
                foreach (var missing in MissingEverywhere(reason).Where(word => Holds(everything, word)))
                {
                    falseReasons.Add($"{question} -> {reason} (the articles hold “{missing}”)");
                }
            }
            else if (answer.Outcome is AnswerOutcome.Related related)
            {
                var closest = related.Passages[0];
                var citation = closest.Citation;
                var text = Fold($"{closest.Text}\n{ArticleContext.Of(citation.Title, citation.Outlet, citation.Published)}");
                falseReasons.AddRange(related.NotInClosest.Where(word => Holds(text, word)).Select(word => $"{question} -> {ReasonText.Of(answer)} (the closest passage holds “{word}”)"));
            }
        }

        Assert.True(falseReasons.Count == 0, string.Join("\n", falseReasons));
    }

    /// <summary>The words a reason says no article mentions: "None of my 5 articles mentions “X” or “Y”", "… but none of them mentions “Z”".</summary>
    private static IEnumerable<string> MissingEverywhere(string reason) =>
        NoneMentions().Matches(reason).SelectMany(m => Quoted().Matches(m.Groups["words"].Value).Select(q => q.Groups[1].Value));

    // A figure inside a larger one ("100" in "100,000") is not held.
    private static bool Holds(string folded, string word) =>
        Regex.IsMatch(folded, $@"(?<![\p{{L}}\d]|\d[,.]){Regex.Escape(Fold(word))}(?![\p{{L}}\d]|[,.]\d)");

    private static string Fold(string text) => EvalScorer.Normalize(text);

    private static List<Passage> Passages(string corpus) =>
        new CorpusLoader(NullLogger<CorpusLoader>.Instance).Open(corpus).ReadArticles(CancellationToken.None).SelectMany(PassageSplitter.Split).ToList();

    private static IEnumerable<string> Generated(List<Passage> passages)
    {
        var background = File.ReadLines(RepositoryPaths.BackgroundNews).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        return new QuestionGenerator(passages).Generate(background).Select(q => q.Text);
    }

    [GeneratedRegex(@"(?:None of (?:my \d+ articles|my only article)|none of them) mentions (?<words>.+?)(?:\.|$)")]
    private static partial Regex NoneMentions();

    [GeneratedRegex("“([^”]+)”")]
    private static partial Regex Quoted();
}
