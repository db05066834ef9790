using KforBot.Answering;
using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Answering.Reading;
using KforBot.Tests.Search;

namespace KforBot.Tests.Answering.Reading;

/// <summary>The question's words matched piece by piece with a passage's sentences, through the real model.</summary>
public sealed class PassageReadingTests
{
    private static readonly string[] Sentences =
    [
        "The weather in Pristina was mild all week.",
        "Some 20 American soldiers were wounded in the clashes near Zvečan.",
    ];

    [Fact]
    public void Of_MapsEachSubjectWordToItsOwnPieces_NamesAndFiguresIncluded()
    {
        var pieces = Pieces("How many of the 4,600 troops did Enrico Barduani command?");

        Assert.Equal(["4,600", "troops", "Enrico Barduani", "command"], pieces.Words.Select(w => w.Word.Word.Surface));
        Assert.All(pieces.Words, w => Assert.Equal(
            QuestionPieces.Fold(w.Word.Word.Surface),
            string.Concat(w.Pieces.Select(i => QuestionPieces.Fold(pieces.Vectors.Pieces[i])))));
    }

    [Fact]
    public void Read_PicksTheSentenceThatHoldsTheQuestion_EvenInOtherWords()
    {
        var reading = Read("How many US troops were injured?")!;
        var other = PassageReading.Read(Pieces("How many US troops were injured?"), Sentences[..1], SharedModel.Encoder.EncodePassageTokens(Sentences[..1], CancellationToken.None)!, null)!;

        Assert.Equal(1, reading.Sentence);
        Assert.True(reading.SentenceAlignment > other.SentenceAlignment + 0.1, $"{reading.SentenceAlignment} against {other.SentenceAlignment}");
    }

    [Fact]
    public void Read_AConstraintTheSentenceDoesNotHold_IsItsWeakestMatch()
    {
        var held = Read("How many American soldiers were wounded?")!;
        var trap = Read("How many German soldiers were wounded?")!;

        Assert.True(trap.WeakestMatch < held.WeakestMatch - 0.05, $"{trap.WeakestMatch} against {held.WeakestMatch}");
    }

    [Fact]
    public void Read_AQuestionForAFigure_IsReadInASentenceThatGivesOne()
    {
        var reading = Read("How many people were in Pristina?", EvidenceNeeded.For(QuestionReader.Read("How many people were in Pristina?")))!;

        Assert.Equal(1, reading.Sentence);
    }

    private static PassageReading? Read(string question, EvidenceNeeded? evidence = null) =>
        PassageReading.Read(Pieces(question), Sentences, SharedModel.Encoder.EncodePassageTokens(Sentences, CancellationToken.None)!, evidence);

    private static QuestionPieces Pieces(string question)
    {
        var read = QuestionReader.Read(question);
        var words = read.Subject.Select(w => new WordTerms(w, [w.Surface.ToLowerInvariant()], 1, 1.0)).ToList();
        return QuestionPieces.Of(new QuestionTerms(words, 100), SharedModel.Encoder.EncodeQuestionTokens(question, CancellationToken.None)!);
    }
}
