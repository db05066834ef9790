using System.Diagnostics;
using System.Text;
using KforBot.Search.Generations;
using KforBot.Tests.Support;

namespace KforBot.Tests.Cli;

/// <summary>A reindex stopped by a signal, as an operator stops it: the real program, a corpus that takes a while.</summary>
[Collection(nameof(TimedProcessCollection))]
public sealed class ReindexCancellationTests : FolderTest
{
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task Reindex_SignalWhileEmbedding_ExitsWithin2SecondsAsCancelledAndThePreviousGenerationServes(string signal)
    {
        Folder.Write("corpus/small.md", "---\ntitle: \"Small\"\noutlet: \"O\"\n---\n\nA paragraph about soldiers in Kosovo and the mission of KFOR.\n");
        var first = await RunToEndAsync();
        Assert.True(first.ExitCode == 0, first.Error);
        var index = new IndexFolder(Folder.Combine("index"));
        var previous = index.CurrentGeneration()!;
        Folder.Write("corpus/zz-large.md", LargeArticle(paragraphs: 4000));

        using var process = Start();
        var error = new StringBuilder();
        var embedding = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (error)
            {
                error.AppendLine(e.Data);
            }

            // The small article is reported at once; the large one only when all its passages are embedded.
            if (e.Data?.StartsWith("Indexing: 1/2", StringComparison.Ordinal) == true)
            {
                embedding.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        var output = process.StandardOutput.ReadToEndAsync();
        try
        {
            await embedding.Task.WaitAsync(TimeSpan.FromMinutes(2));
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.False(process.HasExited, "The reindex ended before the signal: " + error);

            BotProcess.Signal(process, signal);
            var signalled = Stopwatch.StartNew();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(patience.Token);
            var stopped = signalled.Elapsed;

            var allowed = AllowedStop();
            Assert.True(stopped < allowed, $"SIG{signal} to exit took {stopped.TotalSeconds:F1} s (allowed {allowed.TotalSeconds:F1} s)");
            Assert.True(process.ExitCode == 130, $"Exit code {process.ExitCode}: {error}");
            process.WaitForExit();
            Assert.Contains("Reindex cancelled: nothing was published", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Indexed", await output, StringComparison.Ordinal);
            Assert.Equal(previous, index.CurrentGeneration());
            Assert.Equal([previous], Directory.GetDirectories(Folder.Combine("index", "generations")));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>
    /// 2 s, as promised, on a machine that is not overloaded. The model's batch in flight must end first, and with more
    /// runnable threads than cores (other builds and test runs) it gets a share of a core: the allowance grows with
    /// the load average per core. A reindex that ignores the signal runs on for minutes, far beyond it.
    /// </summary>
    private static TimeSpan AllowedStop()
    {
        var load = double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(2 * Math.Max(1, load / Environment.ProcessorCount));
    }

    /// <summary>Thousands of distinct passages, so that embedding them takes minutes.</summary>
    private static string LargeArticle(int paragraphs)
    {
        var text = new StringBuilder("---\ntitle: \"Large\"\noutlet: \"O\"\n---\n\n");
        for (var i = 0; i < paragraphs; i++)
        {
            text.Append($"Patrol {i} of the mission went from camp {i % 97} to the bridge {i % 89}, and the soldiers reported {i * 7} calm streets.\n\n");
        }

        return text.ToString();
    }

    private Process Start() => BotProcess.Start(Folder.Path, ["reindex", "--corpus", Folder.Combine("corpus"), "--index", Folder.Combine("index")]);

    private async Task<(int ExitCode, string Error)> RunToEndAsync()
    {
        using var process = Start();
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }
}

/// <summary>Tests that time a process run alone, after the others: the whole suite on two cores slows every exit several times over.</summary>
[CollectionDefinition(nameof(TimedProcessCollection), DisableParallelization = true)]
public sealed class TimedProcessCollection;
