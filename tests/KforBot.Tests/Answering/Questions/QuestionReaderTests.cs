using KforBot.Answering.Questions;

namespace KforBot.Tests.Answering.Questions;

public sealed class QuestionReaderTests
{
    [Fact]
    public void Read_NameOfTwoWords_IsOneNameWord()
    {
        var question = QuestionReader.Read("What country is KFOR commander Enrico Barduani from?");

        Assert.Contains(question.Words, w => w is { Surface: "Enrico Barduani", Kind: WordKind.Name });
        Assert.Contains(question.Words, w => w is { Surface: "KFOR", Kind: WordKind.Name });
        Assert.Contains(question.Words, w => w is { Surface: "commander", Kind: WordKind.Content });
    }

    [Fact]
    public void Read_CapitalisedFirstWord_IsNotAName()
    {
        var question = QuestionReader.Read("Troops in Kosovo?");

        Assert.Equal(WordKind.Content, question.Words[0].Kind);
        Assert.Equal(WordKind.Name, question.Words[^1].Kind);
    }

    [Theory]
    [InlineData("How many US soldiers are in Kosovo?", true, false, false)]
    [InlineData("how much does it cost", true, false, false)]
    [InlineData("When did Hegseth speak?", false, true, false)]
    [InlineData("What year did KFOR start?", false, true, false)]
    [InlineData("Who is Kadri Kastrati?", false, false, true)]
    [InlineData("who's in charge of kfor", false, false, true)]
    [InlineData("Whose troops patrol the north?", false, false, false)]
    public void Read_WhatIsAskedFor_IsNoted(string text, bool figure, bool date, bool person)
    {
        var question = QuestionReader.Read(text);

        Assert.Equal((figure, date, person), (question.AsksForFigure, question.AsksForDate, question.AsksForPerson));
    }

    [Theory]
    [InlineData("How big was KFOR at the start?", "big")]
    [InlineData("kfor size", "size")]
    [InlineData("how strong is kfor", "strong")]
    public void Read_WordThatAsksForAFigure_FramesTheQuestion(string text, string word)
    {
        var question = QuestionReader.Read(text);

        Assert.True(question.AsksForFigure);
        Assert.Contains(question.Words, w => w.Surface == word && w.Kind == WordKind.Framing);
    }

    [Fact]
    public void Read_SameWordNotAskingForAFigure_IsASubjectWord()
    {
        var question = QuestionReader.Read("who is the big boss");

        Assert.False(question.AsksForFigure);
        Assert.Contains(question.Words, w => w is { Surface: "big", Kind: WordKind.Content });
    }

    [Fact]
    public void Read_FigureWithSeparators_IsOneNumber()
    {
        var question = QuestionReader.Read("Is it 4,600 or 4 767 troops?");

        Assert.Contains(question.Words, w => w is { Surface: "4,600", Kind: WordKind.Number });
        Assert.Contains(question.Words, w => w is { Surface: "4 767", Kind: WordKind.Number });
    }

    [Theory]
    [InlineData("Who was KFOR's 26th commander?", "26th")]
    [InlineData("what did the 1st battalion do", "1st")]
    [InlineData("the 2nd and 3rd rotations", "3rd")]
    public void Read_Ordinal_IsANumber(string text, string ordinal) =>
        Assert.Contains(QuestionReader.Read(text).Words, w => w.Surface == ordinal && w.Kind == WordKind.Number);

    [Theory]
    [InlineData("hi")]
    [InlineData("thanks a lot!")]
    [InlineData("Who are you?")]
    [InlineData("help")]
    public void Read_GreetingThanksOrHelp_IsAGreeting(string text) => Assert.True(QuestionReader.Read(text).IsGreeting);

    [Fact]
    public void Read_GreetingBeforeAQuestion_IsNotAGreetingAndCarriesNoSubject()
    {
        var question = QuestionReader.Read("hi! quick question: what did Rutte say?");

        Assert.False(question.IsGreeting);
        Assert.DoesNotContain(question.Subject, w => w.Surface is "hi" or "quick" && w.Kind != WordKind.Content);
        Assert.Contains(question.Subject, w => w.Surface == "Rutte");
    }

    [Fact]
    public void Read_ControlCharactersAndBrokenSurrogates_AreCleanedAndTheLengthCapped()
    {
        var question = QuestionReader.Read("Kosova\u0000KFOR\ud800" + new string('x', 5_000));

        Assert.StartsWith("Kosova KFOR\ufffd", question.Text, StringComparison.Ordinal);
        Assert.Equal(QuestionReader.MaxQuestionLength, question.Text.Length);
    }

    [Fact]
    public void Read_SlangOfOneOrTwoLetters_IsNoSubject()
    {
        var question = QuestionReader.Read("how many troops r in kosova rn");

        Assert.DoesNotContain(question.Subject, w => w.Surface is "r" or "rn");
    }
}
