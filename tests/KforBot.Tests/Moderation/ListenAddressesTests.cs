using KforBot.Moderation;
using KforBot.Tests.Cli;

namespace KforBot.Tests.Moderation;

public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.2:5080/")]
    [InlineData("https://0.0.0.0:5443")]
    [InlineData("http://127.0.0.1:5080;https://*:5443")]
    public void ThisMachineOrTls_IsAccepted(string urls) => Assert.Null(ListenAddresses.Problem(urls, behindTlsProxy: false));

    [Theory]
    [InlineData("http://0.0.0.0:5090")]
    [InlineData("http://*:5090")]
    [InlineData("http://+:5090")]
    [InlineData("http://[::]:5090")]
    [InlineData("http://192.0.2.10:5090")]
    [InlineData("http://moderation.example:80")]
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:5090")]
    public void PlainHttpOtherMachinesCanReach_IsRefusedUnlessATlsProxyIsInFront(string urls)
    {
        var problem = ListenAddresses.Problem(urls, behindTlsProxy: false);

        Assert.NotNull(problem);
        Assert.Contains("plain HTTP", problem, StringComparison.Ordinal);
        Assert.Contains("Moderation:BehindTlsProxy", problem, StringComparison.Ordinal);
        Assert.Null(ListenAddresses.Problem(urls, behindTlsProxy: true));
    }

    [Fact]
    public async Task Moderate_OnEveryInterfaceOverPlainHttp_RefusesToStartAndSaysWhatToDo()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(string.Empty, "moderate", "--urls", "http://0.0.0.0:5090");

        Assert.Equal(1, exitCode);
        Assert.Contains("will not listen at http://0.0.0.0:5090", error, StringComparison.Ordinal);
        Assert.Contains("set Moderation:BehindTlsProxy to true", error, StringComparison.Ordinal);
    }
}
