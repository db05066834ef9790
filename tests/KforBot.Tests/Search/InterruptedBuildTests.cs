using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Search;
using KforBot.Search.Generations;

namespace KforBot.Tests.Search;

/// <summary>A build that is cancelled or killed half-way leaves the previous generation serving, and nothing behind for long.</summary>
public sealed class InterruptedBuildTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly IndexServices _bot;

    public InterruptedBuildTests()
    {
        _bot = _corpus.Services();
    }

    public void Dispose()
    {
        _bot.Dispose();
        _corpus.Dispose();
    }

    [Fact]
    public async Task Reindex_CancelledHalfWay_LeavesThePreviousGenerationServingAndNoFolderBehind()
    {
        await _bot.BuildSucceedingAsync();
        var previous = _bot.CurrentGeneration!;
        _corpus.AddArticleWithARareWord();
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAfterFirstArticle(cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _bot.BuildAsync(progress, cancel.Token));

        Assert.Equal(1, progress.Reports);
        Assert.Equal(previous, _bot.CurrentGeneration);
        Assert.Equal([previous], _bot.GenerationFolders);
        await AssertServesThePreviousGenerationAsync(previous);
    }

    [Fact]
    public async Task Reindex_AfterABuildWasKilled_ThePreviousGenerationServesAndTheNextBuildRemovesTheLeftover()
    {
        await _bot.BuildSucceedingAsync();
        var previous = _bot.CurrentGeneration!;
        var leftover = LeaveAKilledBuild(previous);

        _bot.WaitForSwitch();
        await AssertServesThePreviousGenerationAsync(previous);
        var report = await _bot.BuildAsync();

        Assert.True(report.Succeeded, report.Failure);
        Assert.False(Directory.Exists(leftover));
        Assert.Equal(new[] { previous, _bot.CurrentGeneration }.Order(), _bot.GenerationFolders.Order());
    }

    [Fact]
    public async Task Reindex_KilledBuildBeforeAnyWasPublished_SaysThereIsNoIndexAndTheNextBuildServes()
    {
        var index = _bot.IndexPath;
        Directory.CreateDirectory(Path.Combine(index, "generations"));
        File.WriteAllText(Path.Combine(index, "KFORBOT-INDEX"), "ours");
        var leftover = LeaveAKilledBuild(null);

        var (summary, unusable) = await _bot.Index.TryGetSummaryAsync(CancellationToken.None);
        Assert.Null(summary);
        Assert.Equal("there is no index yet", unusable);
        await Assert.ThrowsAsync<IndexUnavailableException>(() => _bot.Index.OpenReaderAsync(CancellationToken.None));

        await _bot.BuildSucceedingAsync();

        Assert.False(Directory.Exists(leftover));
        await AssertServesThePreviousGenerationAsync(_bot.CurrentGeneration!);
    }

    [Fact]
    public async Task Reindex_WhileAnotherBuildHoldsTheLock_FailsSayingSoAndThePreviousGenerationServes()
    {
        await _bot.BuildSucceedingAsync();
        var previous = _bot.CurrentGeneration!;

        ReindexReport report;
        using (new IndexFolder(_bot.IndexPath).TryLockForBuild())
        {
            report = await _bot.BuildAsync();
        }

        Assert.False(report.Succeeded);
        Assert.Contains("another reindex is writing to", report.Failure, StringComparison.Ordinal);
        Assert.Equal([previous], _bot.GenerationFolders);
        await AssertServesThePreviousGenerationAsync(previous);
    }

    /// <summary>
    /// What a build killed without cleanup leaves: a generation folder newer than the live one, half written, with
    /// no manifest; the pointer's temporary file; the build lock's file (the lock itself died with the process).
    /// </summary>
    private string LeaveAKilledBuild(string? published)
    {
        var leftover = Path.Combine(_bot.IndexPath, "generations", "g29991231235959999-0badc0de");
        Directory.CreateDirectory(Path.Combine(leftover, "lucene"));
        File.WriteAllBytes(Path.Combine(leftover, "lucene", "_0.fdt"), new byte[1000]);
        File.WriteAllBytes(Path.Combine(leftover, "vectors.f32"), new byte[384 * 4 * 2]);
        File.WriteAllText(Path.Combine(_bot.IndexPath, "current.tmp"), Path.GetFileName(leftover));
        File.WriteAllText(Path.Combine(_bot.IndexPath, "build.lock"), string.Empty);
        Assert.Equal(published, _bot.CurrentGeneration);
        return leftover;
    }

    private async Task AssertServesThePreviousGenerationAsync(string generation)
    {
        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);
        Assert.Equal(Path.GetFileName(generation), reader.Summary.BuildId);
        Assert.Equal(3, reader.Articles.Count);
        Assert.NotEmpty(reader.SearchTerms(QuestionTerms.Of(QuestionReader.Read("Camp Bondsteel"), reader).All, 3));
    }

    /// <summary>Cancels the build as soon as it reports its first article: half-way through a corpus of four.</summary>
    private sealed class CancelAfterFirstArticle(CancellationTokenSource cancel) : IProgress<ReindexProgress>
    {
        public int Reports { get; private set; }

        public void Report(ReindexProgress value)
        {
            Reports++;
            cancel.Cancel();
        }
    }
}
