using KforBot.Formatting;
using System.Text.Json.Nodes;
using KforBot.Answering;
using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Search;

namespace KforBot.Tests.Search;

/// <summary>A generation that cannot be read is reported in plain words, never a crash; a running bot keeps its old one.</summary>
public sealed class UnreadableGenerationTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    public static TheoryData<string> Damages => ["vectors truncated", "vectors missing", "lucene files missing", "lucene segments truncated", "articles cut mid-line", "synonyms malformed"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task OpenReader_DamagedGeneration_SaysTheIndexCannotBeRead(string damage)
    {
        await BuildAndDamageAsync(damage);
        using var bot = _corpus.Services();

        var failure = await Assert.ThrowsAsync<IndexUnavailableException>(() => bot.Index.OpenReaderAsync(CancellationToken.None));

        Assert.Equal("the index cannot be read", failure.Why);
        Assert.Contains($"The index at '{bot.CurrentGeneration}' cannot be read", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task Answer_DamagedGeneration_RefusesSayingTheIndexIsNotAvailable(string damage)
    {
        await BuildAndDamageAsync(damage);
        using var bot = _corpus.Services();

        var answer = await bot.Get<IQuestionAnswerer>().AnswerAsync("How many KFOR troops are in Kosovo?", CancellationToken.None);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("index is not available", ReasonText.Of(answer), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task EnsureCurrent_DamagedGeneration_RebuildsIt(string damage)
    {
        await BuildAndDamageAsync(damage);
        using var bot = _corpus.Services();

        var report = await bot.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None);

        Assert.True(report?.Succeeded, report?.Failure ?? "no rebuild");
        await using var reader = await bot.Index.OpenReaderAsync(CancellationToken.None);
        Assert.Equal(3, reader.Articles.Count);
    }

    [Fact]
    public async Task OpenReader_ManifestOfAnotherFormat_SaysAnotherVersionBuiltIt()
    {
        using var bot = _corpus.Services();
        await bot.BuildSucceedingAsync();
        GenerationDamage.SetManifestFormat(bot.CurrentGeneration!, 99);

        var (summary, unusable) = await bot.Index.TryGetSummaryAsync(CancellationToken.None);
        var failure = await Assert.ThrowsAsync<IndexUnavailableException>(() => bot.Index.OpenReaderAsync(CancellationToken.None));

        Assert.Null(summary);
        Assert.Equal("the index was built by another version of the bot", unusable);
        Assert.Equal("the index was built by another version of the bot", failure.Why);
    }

    [Theory]
    [InlineData("vectors truncated")]
    [InlineData("another format")]
    public async Task Answer_NewerGenerationCannotBeOpened_KeepsAnsweringFromTheOldOne(string damage)
    {
        using var bot = _corpus.Services();
        await bot.BuildSucceedingAsync();
        var old = Path.GetFileName(bot.CurrentGeneration);
        var answerer = bot.Get<IQuestionAnswerer>();
        Assert.Equal(old, (await answerer.AnswerAsync("How many KFOR troops are in Kosovo?", CancellationToken.None)).IndexVersion);
        _corpus.AddArticleWithARareWord();
        await bot.BuildSucceedingAsync();
        if (damage == "another format")
        {
            GenerationDamage.SetManifestFormat(bot.CurrentGeneration!, 99);
        }
        else
        {
            GenerationDamage.Apply(bot.CurrentGeneration!, damage);
        }

        bot.WaitForSwitch();
        var answer = await answerer.AnswerAsync("How many KFOR troops are in Kosovo?", CancellationToken.None);

        Assert.Equal(old, answer.IndexVersion);
        await using var reader = await bot.Index.OpenReaderAsync(CancellationToken.None);
        Assert.Equal(old, reader.Summary.BuildId);
        Assert.Empty(reader.SearchTerms(QuestionTerms.Of(QuestionReader.Read(SmallCorpus.RareWord), reader).All, 3));
    }

    [Fact]
    public async Task Answer_AfterAnUnreadableGenerationIsReplaced_MovesToTheNewOne()
    {
        using var bot = _corpus.Services();
        await bot.BuildSucceedingAsync();
        var answerer = bot.Get<IQuestionAnswerer>();
        await answerer.AnswerAsync("How many KFOR troops are in Kosovo?", CancellationToken.None);
        await bot.BuildSucceedingAsync();
        GenerationDamage.Apply(bot.CurrentGeneration!, "vectors truncated");
        bot.WaitForSwitch();
        await answerer.AnswerAsync("How many KFOR troops are in Kosovo?", CancellationToken.None);

        await bot.BuildSucceedingAsync();
        bot.WaitForSwitch();
        var answer = await answerer.AnswerAsync("How many KFOR troops are in Kosovo?", CancellationToken.None);

        Assert.Equal(Path.GetFileName(bot.CurrentGeneration), answer.IndexVersion);
    }

    private async Task BuildAndDamageAsync(string damage)
    {
        using var builder = _corpus.Services();
        await builder.BuildSucceedingAsync();
        GenerationDamage.Apply(builder.CurrentGeneration!, damage);
    }
}

/// <summary>Ways a generation's files can be damaged on disk (a full disk, a bad copy, a hand edit).</summary>
internal static class GenerationDamage
{
    public static void Apply(string generation, string damage)
    {
        switch (damage)
        {
            case "vectors truncated":
                Truncate(Path.Combine(generation, "vectors.f32"));
                break;
            case "vectors missing":
                File.Delete(Path.Combine(generation, "vectors.f32"));
                break;
            case "lucene files missing":
                foreach (var file in Directory.GetFiles(Path.Combine(generation, "lucene")))
                {
                    File.Delete(file);
                }

                break;
            case "lucene segments truncated":
                foreach (var file in Directory.GetFiles(Path.Combine(generation, "lucene"), "segments_*"))
                {
                    Truncate(file);
                }

                break;
            case "articles cut mid-line":
                Truncate(Path.Combine(generation, "articles.jsonl"));
                break;
            case "synonyms malformed":
                File.WriteAllText(Path.Combine(generation, "synonyms.txt"), "kfor => kosovo force => nato\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(damage), damage, "no such damage");
        }
    }

    public static void SetManifestFormat(string generation, int format)
    {
        var path = Path.Combine(generation, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!;
        manifest["format"] = format;
        File.WriteAllText(path, manifest.ToJsonString());
    }

    private static void Truncate(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.SetLength(file.Length / 2);
    }
}
