using KforBot.Conversation;
using KforBot.Tests.Telegram.Support;

namespace KforBot.Tests.Conversation;

public sealed class QuestionRateLimiterTests
{
    [Fact]
    public void Check_OverTheLimit_RefusesAndNotifiesOnce_UntilTheMinutePasses()
    {
        var time = new InstantTimeProvider();
        var limiter = new QuestionRateLimiter(questionsPerMinute: 2, time);

        var first = limiter.Check(1);
        time.Advance(TimeSpan.FromSeconds(10));
        var second = limiter.Check(1);
        var third = limiter.Check(1);
        var fourth = limiter.Check(1);
        var otherUser = limiter.Check(2);
        time.Advance(TimeSpan.FromSeconds(50));
        var afterAMinute = limiter.Check(1);

        Assert.True(first.Allowed && second.Allowed && otherUser.Allowed && afterAMinute.Allowed);
        Assert.False(third.Allowed);
        Assert.True(third.Notify);
        Assert.Equal(TimeSpan.FromSeconds(50), third.RetryAfter);
        Assert.False(fourth.Allowed);
        Assert.False(fourth.Notify);
    }
}
