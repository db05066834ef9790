using System.Text.Json;
using KforBot.Answering;
using KforBot.Tests.Support;

namespace KforBot.Tests.Answering;

public sealed class QuestionLanguageTests
{
    [Theory]
    [InlineData("Sa trupa amerikane ka në Kosovë?")]
    [InlineData("A ka trupa amerikane në Kosovë?")]
    [InlineData("Колико америчких војника има на Косову?")]
    [InlineData("Koliko americkih vojnika ima na Kosovu?")]
    [InlineData("Šta je rekao Rutte o KFOR-u?")]
    [InlineData("Çfarë tha Rutte për KFOR-in?")]
    [InlineData("sa ushtarë amerikanë janë në kosovë")]
    public void Of_AlbanianOrSerbianQuestion_IsNotEnglish(string question) =>
        Assert.False(QuestionLanguage.Of(question).IsEnglish);

    [Theory]
    [InlineData("What did Vjosa Osmani say?")]
    [InlineData("Is Çeku in KFOR?")]
    [InlineData("kfor prishtina")]
    [InlineData("What happened in Mitrovicë?")]
    [InlineData("What did Vučić say about KFOR?")]
    [InlineData("What did Bild call Вучић?")]
    [InlineData("How many soldiers are in Kosovë and Srbija?")]
    [InlineData("")]
    public void Of_EnglishQuestionWithAlbanianOrSerbianNames_IsEnglish(string question) =>
        Assert.True(QuestionLanguage.Of(question).IsEnglish);

    [Theory]
    [InlineData("dev-questions.jsonl")]
    [InlineData("dev2-questions.jsonl")]
    [InlineData("extra-questions.jsonl")]
    public void Of_EveryQuestionOfTheQuestionSets_IsEnglish(string file)
    {
        var path = RepositoryPaths.Questions(file);
        var questions = File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("q").GetString()!)
            .ToList();

        Assert.NotEmpty(questions);
        Assert.Equal([], questions.Where(q => !QuestionLanguage.Of(q).IsEnglish).ToList());
    }
}
