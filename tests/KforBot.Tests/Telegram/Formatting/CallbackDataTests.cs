using KforBot.Telegram.Formatting;
using System.Text;

namespace KforBot.Tests.Telegram.Formatting;

public sealed class CallbackDataTests
{
    [Theory]
    [InlineData("more:1")]
    [InlineData("more:1:0195a1b2c3d4000012345678abcdef01")]
    [InlineData("up:42:0195a1b2c3d4000012345678abcdef01")]
    [InlineData("notify:0:0195a1b2c3d4000012345678abcdef01")]
    [InlineData("down:9223372036854775807:0195a1b2c3d4000012345678abcdef01")]
    public void ToString_RoundTrips_WithinTelegramsSixtyFourBytes(string data)
    {
        Assert.True(CallbackData.TryParse(data, out var parsed));

        Assert.Equal(data, parsed.ToString());
        Assert.InRange(Encoding.UTF8.GetByteCount(parsed.ToString()), 1, 64);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("more")]
    [InlineData("more:")]
    [InlineData("more:-1")]
    [InlineData("delete:1")]
    [InlineData("more:99999999999999999999")]
    [InlineData("up:42")]
    [InlineData("notify:1")]
    [InlineData("up:42:0195A1B2C3D4000012345678ABCDEF01")]
    [InlineData("up:42:not-an-entry")]
    [InlineData("up:42:0195a1b2c3d4000012345678abcdef01:1")]
    public void TryParse_RejectsAnythingElse(string? data) => Assert.False(CallbackData.TryParse(data, out _));
}
