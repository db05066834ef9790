using KforBot.Tests.Support;

namespace KforBot.Tests.Answering;

/// <summary>
/// Both development sets (copied into <c>tests/questions</c>) through the whole pipeline: the figures must not fall below what README reports,
/// less a small margin, so a change that makes the bot worse fails here before it reaches users.
/// </summary>
public sealed class DevelopmentSetFloorsTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("dev-questions.jsonl", 0.85, 0.85, 0.05, 0.95)]
    [InlineData("dev2-questions.jsonl", 0.83, 0.90, 0.05, 0.88)]
    public async Task DevelopmentSet_MeetsItsFloors(string file, double hitAt1, double hitAt3, double falseRefusals, double outOfScopeRefused)
    {
        var run = await QuestionSetRun.AnswerAsync(RepositoryPaths.Questions(file), seed.Answerer);

        Assert.True(run.HitAt(1) >= hitAt1, run.Report);
        Assert.True(run.HitAt(3) >= hitAt3, run.Report);
        Assert.True(run.Refused("answer") <= falseRefusals, run.Report);
        Assert.True(run.Refused("refuse_oos") >= outOfScopeRefused, run.Report);
        Assert.True(run.AllConsistent("robust"), run.Report);
    }
}
