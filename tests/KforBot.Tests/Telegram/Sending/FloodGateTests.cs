using KforBot.Telegram;
using KforBot.Telegram.Sending;
using KforBot.Tests.Telegram.Support;
using Microsoft.Extensions.Options;

namespace KforBot.Tests.Telegram.Sending;

public sealed class FloodGateTests
{
    private readonly InstantTimeProvider _time = new();

    [Fact]
    public void Reserve_OneChat_AllowsABurstOfThree_ThenOneASecond()
    {
        var gate = new FloodGate(Options.Create(new TelegramOptions()), _time);

        var waits = Enumerable.Range(0, 5).Select(_ => gate.Reserve(1, isGroup: false)).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits);
        Assert.Equal(TimeSpan.Zero, gate.Reserve(2, isGroup: false));
    }

    [Fact]
    public void Reserve_OneGroup_StaysWithinTwentyAMinute()
    {
        var gate = new FloodGate(Options.Create(new TelegramOptions { MessagesPerSecondPerChat = 100 }), _time);

        var waits = Enumerable.Range(0, 21).Select(_ => gate.Reserve(-100, isGroup: true)).ToList();

        // 3 at once, then 17 a minute: the 20th message may go at 60 s, the 21st later.
        Assert.Equal(TimeSpan.Zero, waits[2]);
        Assert.True(waits[3] > TimeSpan.Zero);
        Assert.InRange(waits[19].TotalSeconds, 59.9, 60.1);
        Assert.True(waits[20] > TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Reserve_AllChats_StayWithinThePerSecondLimit()
    {
        var gate = new FloodGate(Options.Create(new TelegramOptions { MessagesPerSecond = 30 }), _time);

        var waits = Enumerable.Range(0, 31).Select(chat => gate.Reserve(chat, isGroup: false)).ToList();

        Assert.All(waits.Take(30), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.True(waits[30] > TimeSpan.Zero);
    }
}
