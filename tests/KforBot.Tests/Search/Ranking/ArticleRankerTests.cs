using KforBot.Search;
using KforBot.Search.Ranking;

namespace KforBot.Tests.Search.Ranking;

public sealed class ArticleRankerTests
{
    [Fact]
    public void Rank_SeveralPassagesOfOneArticle_ScoresBestPlusShareOfSecond()
    {
        var ranked = ArticleRanker.Rank([Passage("a", 2.0), Passage("a", 5.0), Passage("a", 1.0), Passage("b", 5.3)], top: 10);

        Assert.Equal(["b", "a"], ranked.Select(r => r.ArticleId));
        Assert.Equal(5.0 + (ArticleRanker.SecondPassageShare * 2.0), ranked[1].Score, precision: 9);
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
        Assert.Empty(ArticleRanker.Rank([Passage("a", 0)], top: 5));
    }

    private static RankedPassage Passage(string article, double score) =>
        new(new PassageCandidate(1, article, 0, null, "text", 1, score), score, 1, new HashSet<int>(), []);
}
