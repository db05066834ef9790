using KforBot.Formatting;
using System.Collections.Concurrent;
using KforBot.Answering;
using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;

namespace KforBot.Tests.Search;

/// <summary>A running bot moves to a newly published generation without a restart, and no question is lost on the way.</summary>
public sealed class GenerationSwapTests : IDisposable
{
    private static readonly string[] Questions =
    [
        "How many KFOR troops are in Kosovo?",
        "Where are most of the soldiers stationed?",
        "When did the NATO Secretary General visit Pristina?",
    ];

    private readonly SmallCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public async Task Reindex_WhileQuestionsAreAnswered_NoneFailsAndTheNewArticleIsFoundWithoutARestart()
    {
        using var bot = _corpus.Services();
        await bot.BuildSucceedingAsync();
        var answerer = bot.Get<IQuestionAnswerer>();
        var failures = new ConcurrentQueue<string>();
        var versionsSeen = Questions.Select(_ => new ConcurrentDictionary<string, byte>()).ToArray();
        using var stop = new CancellationTokenSource();
        var askers = Questions.Select((question, i) => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var answer = await answerer.AnswerAsync(question, CancellationToken.None);
                    if (answer.IndexVersion.Length == 0)
                    {
                        failures.Enqueue($"{question}: {ReasonText.Of(answer)}");
                    }

                    versionsSeen[i].TryAdd(answer.IndexVersion, 0);
                }
                catch (Exception e)
                {
                    failures.Enqueue($"{question}: {e}");
                }
            }
        })).ToArray();

        await Task.WhenAll(versionsSeen.Select(seen => WaitUntilAsync(() => !seen.IsEmpty))).WaitAsync(TimeSpan.FromMinutes(1));

        // The operator's reindex runs as another process would: its own services, the same index folder.
        _corpus.AddArticleWithARareWord();
        using (var reindex = _corpus.Services())
        {
            Assert.Equal(4, (await reindex.BuildSucceedingAsync()).ArticlesIndexed);
        }

        var published = Path.GetFileName(bot.CurrentGeneration)!;
        bot.WaitForSwitch();
        await Task.WhenAll(versionsSeen.Select(seen => WaitUntilAsync(() => seen.ContainsKey(published)))).WaitAsync(TimeSpan.FromMinutes(1));
        await stop.CancelAsync();
        await Task.WhenAll(askers);

        Assert.Empty(failures);
        Assert.All(versionsSeen, seen => Assert.Equal(2, seen.Count));
        await using var reader = await bot.Index.OpenReaderAsync(CancellationToken.None);
        Assert.Equal(published, reader.Summary.BuildId);
        var found = reader.SearchTerms(QuestionTerms.Of(QuestionReader.Read($"Which radio is {SmallCorpus.RareWord}?"), reader).All, 3);
        Assert.Equal("radio", reader.Passage(Assert.Single(found).Ordinal).ArticleId);
    }

    [Fact]
    public async Task Reindex_WithANewArticle_IsAnsweredOnceTheBotHasLookedAgain()
    {
        using var bot = _corpus.Services();
        await bot.BuildSucceedingAsync();
        var answerer = bot.Get<IQuestionAnswerer>();
        const string Question = "Which radio system did KFOR test near Mitrovica?";
        var before = await answerer.AnswerAsync(Question, CancellationToken.None);
        _corpus.AddArticleWithARareWord();
        await bot.BuildSucceedingAsync();

        bot.WaitForSwitch();
        var after = await answerer.AnswerAsync(Question, CancellationToken.None);

        Assert.NotEqual(before.IndexVersion, after.IndexVersion);
        Assert.Equal(AnswerKind.Answered, after.Kind);
        Assert.Equal("radio", after.Passages[0].Citation.ArticleId);
    }

    [Fact]
    public async Task Reindex_QuestionInFlight_FinishesOnItsGenerationAfterTheFolderIsDeleted()
    {
        using var bot = _corpus.Services();
        await bot.BuildSucceedingAsync();
        await using var inFlight = await bot.Index.OpenReaderAsync(CancellationToken.None);
        var first = bot.CurrentGeneration!;

        await bot.BuildSucceedingAsync();
        bot.WaitForSwitch();
        await (await bot.Index.OpenReaderAsync(CancellationToken.None)).DisposeAsync();
        await bot.BuildSucceedingAsync();

        Assert.False(Directory.Exists(first));
        var hits = inFlight.SearchTerms(QuestionTerms.Of(QuestionReader.Read("Camp Bondsteel"), inFlight).All, 3);
        Assert.Contains("Bondsteel", inFlight.Passage(hits[0].Ordinal).Text, StringComparison.Ordinal);
        Assert.Equal(Path.GetFileName(first), inFlight.Summary.BuildId);
    }

    [Fact]
    public async Task Reindex_TwoMoreBuilds_LeaveOnlyTheCurrentAndThePreviousGeneration()
    {
        using var bot = _corpus.Services();
        await bot.BuildSucceedingAsync();
        var previous = bot.CurrentGeneration;
        for (var build = 0; build < 2; build++)
        {
            previous = bot.CurrentGeneration;
            await bot.BuildSucceedingAsync();
            bot.WaitForSwitch();
            await (await bot.Index.OpenReaderAsync(CancellationToken.None)).DisposeAsync();
        }

        Assert.Equal(new[] { previous, bot.CurrentGeneration }.Order(), bot.GenerationFolders.Order());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        while (!condition())
        {
            await Task.Delay(10);
        }
    }
}
