using KforBot.Search;
using KforBot.Search.Ranking;

namespace KforBot.Tests.Search.Ranking;

public sealed class ArticleRankerTests
{
    [Fact]
    public void Rank_SeveralPassagesOfOneArticle_PassageViewIsBestPlusShareOfSecond()
    {
        var ranked = ArticleRanker.Rank([Passage("a", 2.0), Passage("a", 5.0), Passage("a", 1.0), Passage("b", 5.3)], top: 10);

        var passageViewOfA = 5.0 + (ArticleRanker.SecondPassageShare * 2.0);
        Assert.Equal(["b", "a"], ranked.Select(r => r.ArticleId));
        Assert.Equal(1.0, ranked[0].Score, precision: 9);
        Assert.Equal(ArticleRanker.WholeArticleShare + ((1 - ArticleRanker.WholeArticleShare) * passageViewOfA / 5.3), ranked[1].Score, precision: 9);
    }

    [Fact]
    public void Rank_EngineAndPassagesDisagree_EachViewScaledToItsBestThenMixed()
    {
        // a has the best passage but a weak article score; b the reverse, and wins on the sum of shares.
        var ranked = ArticleRanker.Rank([Passage("a", 10, engine: 1), Passage("b", 6, engine: 4)], top: 10);

        Assert.Equal(["b", "a"], ranked.Select(r => r.ArticleId));
        Assert.Equal((0.5 * 1) + (0.5 * 0.6), ranked[0].Score, precision: 9);
        Assert.Equal((0.5 * 0.25) + (0.5 * 1), ranked[1].Score, precision: 9);
    }

    [Fact]
    public void Rank_MoreArticlesThanTop_KeepsTheBestTop()
    {
        var ranked = ArticleRanker.Rank([Passage("a", 1), Passage("b", 3), Passage("c", 2)], top: 2);

        Assert.Equal(["b", "c"], ranked.Select(r => r.ArticleId));
    }

    [Fact]
    public void Rank_ZeroScores_AreLeftOut()
    {
        Assert.Empty(ArticleRanker.Rank([Passage("a", 0, engine: 0)], top: 5));
        Assert.Empty(ArticleRanker.Rank([], top: 5));
    }

    private static RankedPassage Passage(string article, double score, double engine = 1) =>
        new(new PassageCandidate(1, article, 0, null, "text", 1, engine), score, 1, new HashSet<int>(), []);
}
