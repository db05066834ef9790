using KforBot.Tests.Support;

namespace KforBot.Tests.Cli;

public sealed class EvalCommandTests : FolderTest
{
    [Fact]
    public async Task Eval_QuestionFile_PrintsTheScorersFigures()
    {
        var questions = Folder.Write("q.jsonl", """
            {"id":"a1","cat":"answer","q":"When was the KFOR mission established?","any":["June 1999"]}
            {"id":"a2","cat":"answer","q":"Who is Kadri Kastrati?","any":["text that is nowhere"]}
            {"id":"r1","cat":"refuse_oos","q":"What time is it in Tokyo?"}
            {"id":"x1","cat":"robust","q":"\"\"\" AND ( OR"}
            """);

        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "eval", questions, "--corpus", RepositoryPaths.Corpus, "--index", Folder.Combine("i.db"));

        Assert.Equal(0, exitCode);
        Assert.Contains("answer       n=  2 hit@1=0.500 hit@3=0.500 false_refusal=0.000 cited=1.000", output, StringComparison.Ordinal);
        Assert.Contains("refuse_oos   n=  1 refused=1.000", output, StringComparison.Ordinal);
        Assert.Contains("robust       n=  1 valid=1.000", output, StringComparison.Ordinal);
        Assert.Contains("  miss: a2 miss Who is Kadri Kastrati?", output, StringComparison.Ordinal);
        Assert.Contains("SUMMARY hit@1=0.500 hit@3=0.500 refuse_oos=1.000 robust=1.000", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MalformedLine_ExitsNonZeroWithFileAndLine()
    {
        var questions = Folder.Write("q.jsonl", "{\"id\":\"a\",\"cat\":\"answer\",\"q\":\"x\"}\nnot json\n");

        var (exitCode, _, error) = await CliRunner.RunAsync(string.Empty, "eval", questions, "--index", Folder.Combine("i.db"));

        Assert.Equal(1, exitCode);
        Assert.Contains("q.jsonl:2", error, StringComparison.Ordinal);
    }
}
