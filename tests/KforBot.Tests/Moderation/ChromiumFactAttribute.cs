namespace KforBot.Tests.Moderation;

/// <summary>
/// A test that needs Debian's Chromium at /usr/bin/chromium (Playwright cannot download its own browser here);
/// skipped, saying so, only when that browser is not installed. <c>.ci/run</c> installs it.
/// </summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"Chromium is not installed at {Path}: install it with 'apt-get install -y chromium' (.ci/run does) to run the browser test.";
        }
    }
}
