using KforBot.Formatting;
using KforBot.Answering;
using KforBot.Tests.Support;

namespace KforBot.Tests.Answering;

/// <summary>The seed corpus indexed into a temp folder, asked real questions through the whole pipeline.</summary>
public sealed class AnsweringEndToEndTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("How many American soldiers are in Kosovo?", "600")]
    [InlineData("When was the KFOR mission established?", "June 1999")]
    [InlineData("Who is Kadri Kastrati?", "Kosovo Security Force")]
    [InlineData("What ended the fighting in Bosnia?", "Dayton")]
    [InlineData("nato deputy secretary general kosovo", "Sekerinska")]
    [InlineData("Does Serbia recognize Kosova?", "recogni")]
    [InlineData("What is the size of KFOR?", "4,600")] // no article has "size": it asks for a figure
    public async Task Answer_AnswerableQuestion_QuotesAPassageContainingTheAnswerWithItsCitation(string question, string expected)
    {
        var answer = await seed.Answerer.AnswerAsync(question, CancellationToken.None);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.InRange(answer.Passages.Count, 1, 3);
        Assert.Contains(answer.Passages, p => p.Text.Contains(expected, StringComparison.OrdinalIgnoreCase));
        Assert.All(answer.Passages, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Citation.Title));
            Assert.False(string.IsNullOrWhiteSpace(p.Citation.Outlet));
        });
    }

    [Fact]
    public async Task Answer_DateQuestionWhoseBestPassageLacksItsPlace_BeginsWithTheNextThatNamesItAndGivesTheDate()
    {
        // The closest passage is Rutte's visit to Bosnia on March 10; it does not name Pristina, so its date is another's.
        var answer = await seed.Answerer.AnswerAsync("When does Rutte visit Prishtina?", CancellationToken.None);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Pristina, on March 11", answer.Passages[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hey, sorry, quick one: when was kfor established anyway?", "June 1999")]
    [InlineData("apologies for bothering, but who is Kadri Kastrati exactly?", "Kadri Kastrati")]
    public async Task Answer_ChattyWordsNoArticleHolds_FrameTheQuestionInsteadOfRefusingIt(string question, string expected)
    {
        // "sorry", "quick", "anyway", "apologies", "bothering": no passage holds them, and they carry almost none of
        // the question's meaning, so their absence is no gap.
        var answer = await seed.Answerer.AnswerAsync(question, CancellationToken.None);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(expected, answer.Passages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_FigureQuestionRefusedOnAPassageLackingItsName_IsWeighedOnTheNextThatNamesIt()
    {
        // The closest passage gives figures without naming KFOR, and the model would refuse on it; the next one naming
        // KFOR gives its size.
        var answer = await seed.Answerer.AnswerAsync("kfor size 2025", CancellationToken.None);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Matches("4,767|4,600", answer.Passages[0].Text);
    }

    [Theory]
    [InlineData("What did Albin Kurti say about KFOR?", "Kurti")]
    [InlineData("What's the weather in Pristina?", "weather")]
    [InlineData("How many French soldiers serve in KFOR?", "French")]
    [InlineData("How many helicopters does KFOR operate?", "helicopters")]
    [InlineData("What did Vjosa Kurti say about KFOR?", "Vjosa Kurti")] // "Vjosa" is in the articles, never with "Kurti"
    [InlineData("Who is KFOR's 12th commander?", "12th")] // an ordinal is a figure, and no article holds this one
    public async Task Answer_UnsupportedQuestion_RefusesNamingWhatNoArticleCovers(string question, string uncovered)
    {
        var answer = await seed.Answerer.AnswerAsync(question, CancellationToken.None);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Empty(answer.Passages);
        Assert.Contains(uncovered, ReasonText.Of(answer), StringComparison.Ordinal);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Theory]
    [InlineData("4600 troops?", "4,600")]
    [InlineData("100000 us troops in europe?", "100,000")]
    public async Task Answer_FigureTypedWithoutSeparators_IsReadAsTheArticlesWriteIt(string question, string written)
    {
        // The articles write "4,600" and "100,000": a figure typed without its commas is the same figure, never one
        // "none of my articles mentions".
        var answer = await seed.Answerer.AnswerAsync(question, CancellationToken.None);

        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains(answer.Passages, p => p.Text.Contains(written, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("test")]
    [InlineData("anything new?")]
    public async Task Answer_MessageWhoseEveryWordFramesAQuestion_IsRefusedWithoutRelatedPassages(string message)
    {
        // "test" and "new" are no commoner in the articles than in general news: a passage that merely uses them (any
        // attempt to "test security boundaries") does not answer a message that names no subject.
        var answer = await seed.Answerer.AnswerAsync(message, CancellationToken.None);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Empty(answer.Passages);
        Assert.Empty(answer.Related);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Theory]
    [InlineData("https://www.rferl.org/a/33300000.html")]
    [InlineData("hi! www.nato.int/")]
    public async Task Answer_OnlyALink_SaysTheBotOpensNoLink(string message)
    {
        var answer = await seed.Answerer.AnswerAsync(message, CancellationToken.None);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Equal(RefusalKind.OnlyLinks, Assert.IsType<AnswerOutcome.Refused>(answer.Outcome).Refusal.Kind);
        Assert.Equal(message, answer.Question);
    }

    [Fact]
    public async Task Answer_ClaimGivenAsALink_IsCheckedByTheWordsOfItsPath()
    {
        var answer = await seed.Answerer.AnswerAsync("is this true? https://example.com/news/us-troops-leave-kosovo", CancellationToken.None);

        Assert.DoesNotContain("https", ReasonText.Of(answer) ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("example", ReasonText.Of(answer) ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains(answer.Passages.Concat(answer.Related), p => p.Text.Contains("Kosovo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_QuestionOnTheSubjectThatNoPassageAnswers_ShowsTheClosestPassagesAsRelated()
    {
        var answer = await seed.Answerer.AnswerAsync("When was NATO founded?", CancellationToken.None);

        Assert.Equal(AnswerKind.Related, answer.Kind);
        Assert.True(answer.IsRefused);
        Assert.Empty(answer.Passages);
        Assert.NotEmpty(answer.Related);
        Assert.StartsWith("My sources don't say that.", ReasonText.Of(answer), StringComparison.Ordinal);
        Assert.All(Assert.IsType<AnswerOutcome.Related>(answer.Outcome).NotInClosest, word => Assert.DoesNotContain(word, answer.Related[0].Text, StringComparison.OrdinalIgnoreCase));
        Assert.All(answer.Related, p => Assert.False(string.IsNullOrWhiteSpace(p.Citation.Title)));
    }

    [Theory]
    [InlineData("How many German soldiers are in KFOR?", "German")]
    [InlineData("How many Turkish soldiers serve in KFOR?", "Turkish")]

    // Typed in lower case, the contingent is still a name: the passages write it capitalised.
    [InlineData("how many german soldiers are in kfor", "german")]
    [InlineData("how many turkish soldiers serve in kfor", "turkish")]
    public async Task Answer_FigureOfAContingentNoPassageNames_IsNotAnsweredWithAnothersFigure(string question, string contingent)
    {
        // The articles give the American contingent's figure, and name Germany and Turkey elsewhere.
        var answer = await seed.Answerer.AnswerAsync(question, CancellationToken.None);

        Assert.True(answer.IsRefused);
        Assert.Empty(answer.Passages);
        if (answer.Outcome is AnswerOutcome.Related related)
        {
            Assert.Contains(contingent, related.NotInClosest);
            Assert.DoesNotContain(contingent, answer.Related[0].Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("How many US soldiers are in KFOR?")]
    [InlineData("how many us soldiers are in kfor")]
    public async Task Answer_FigureOfTheContingentThePassageNames_IsAnswered(string question)
    {
        var answer = await seed.Answerer.AnswerAsync(question, CancellationToken.None);

        Assert.False(answer.IsRefused);
        Assert.Contains("600", answer.Passages[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sa trupa amerikane ka në Kosovë?")]
    [InlineData("Колико америчких војника има на Косову?")]
    public async Task Answer_QuestionNotInEnglish_RefusesSayingTheBotReadsEnglish(string question)
    {
        var answer = await seed.Answerer.AnswerAsync(question, CancellationToken.None);

        Assert.Equal(AnswerKind.NotEnglish, answer.Kind);
        Assert.True(answer.IsRefused);
        Assert.Empty(answer.Passages);
        Assert.Empty(answer.Suggestions);
        Assert.StartsWith("I read questions in English only", ReasonText.Of(answer), StringComparison.Ordinal);
        Assert.DoesNotContain("mentions", ReasonText.Of(answer), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thanks!")]
    [InlineData("hi")]
    public async Task Answer_GreetingOrThanks_GetsTheHelpTextAndNoPassage(string text)
    {
        var answer = await seed.Answerer.AnswerAsync(text, CancellationToken.None);

        Assert.Equal(AnswerKind.Greeting, answer.Kind);
        Assert.True(answer.IsRefused);
        Assert.Empty(answer.Passages);
        Assert.Contains("KFOR", ReasonText.Of(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_SourcesGiveDifferentFigures_ShowsBothWithANote()
    {
        var answer = await seed.Answerer.AnswerAsync("How many soldiers serve in KFOR?", CancellationToken.None);

        Assert.NotNull(ReasonText.Note(answer));
        Assert.Contains(answer.Passages, p => p.Text.Contains("4,600", StringComparison.Ordinal));
        Assert.Contains(answer.Passages, p => p.Text.Contains("4,767", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_TwoClosePassages_PreferDistinctArticles()
    {
        var answer = await seed.Answerer.AnswerAsync("Is the US withdrawing troops from Kosovo?", CancellationToken.None);

        Assert.True(answer.Passages.Select(p => p.Citation.ArticleId).Distinct().Count() >= 2);
    }

    [Fact]
    public async Task Answer_MoreSources_ContinuesWithTheNextPassages()
    {
        var first = await seed.Answerer.AnswerAsync("What did Shea say about Trump?", CancellationToken.None);
        var next = await seed.Answerer.AnswerAsync("What did Shea say about Trump?", 3, CancellationToken.None);

        Assert.True(first.MorePassages > 0);
        Assert.False(next.IsRefused);
        Assert.Empty(first.Passages.Select(p => p.PassageId).Intersect(next.Passages.Select(p => p.PassageId)));
    }

    [Fact]
    public async Task Answer_Passages_AreVerbatimArticleText()
    {
        var sources = string.Join('\n', Directory.GetFiles(RepositoryPaths.Corpus, "*.md").Select(File.ReadAllText));

        var answer = await seed.Answerer.AnswerAsync("What did Rutte say about a security vacuum?", CancellationToken.None);

        Assert.All(answer.Passages, p => Assert.All(p.Text.Split('\n'), line => Assert.Contains(line, sources, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Answer_HundredsOfHostileInputs_AlwaysAnswerOrRefuseWithoutException()
    {
        foreach (var input in HostileInputs.Generate(seed: 7, count: 300))
        {
            var answer = await seed.Answerer.AnswerAsync(input, CancellationToken.None);

            Assert.Equal(answer.IsRefused, answer.Passages.Count == 0);
            Assert.True(answer.IsRefused || ReasonText.Of(answer) is null);
            Assert.True(answer.Question.Length <= 2_000);
        }
    }

    /// <summary>
    /// The repository's own question set, written apart from the development sets and never fitted on: the figures
    /// must not fall below what was measured (hit@1 0.80, hit@3 0.96, out-of-scope 1.0, traps 0.375), with a little room.
    /// </summary>
    [Fact]
    public async Task Eval_RepositoryQuestionSet_MeetsTheQualityBar()
    {
        var run = await QuestionSetRun.AnswerAsync(RepositoryPaths.ExtraQuestions, seed.Answerer);

        Assert.True(run.HitAt(1) >= 0.76, run.Report);
        Assert.True(run.HitAt(3) >= 0.91, run.Report);
        Assert.True(run.Refused("answer") <= 0.07, run.Report);
        Assert.True(run.Refused("refuse_oos") >= 0.85, run.Report);
        Assert.True(run.Refused("refuse_trap") >= 0.25, run.Report);
    }
}
