using Microsoft.Extensions.Logging;

namespace KforBot.Telegram.Sending;

/// <summary>
/// Keeps an outage of Telegram to a few log lines however often the bot tries: the first failure, then at most one
/// line a minute while it lasts (how long, how many tries), and one when a call gets through again. One per retry loop; not thread-safe.
/// </summary>
internal sealed class OutageReport(string method, TimeProvider timeProvider, ILogger logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private DateTimeOffset? _since;
    private DateTimeOffset _lastLogged;
    private int _failures;

    public void Failed(BotApiFailure failure, TimeSpan nextTry)
    {
        var now = timeProvider.GetUtcNow();
        _failures++;
        if (_since is not { } since)
        {
            _since = _lastLogged = now;
            Diagnostics.CallFailing(logger, method, failure.Kind, failure.Description, nextTry.TotalMilliseconds);
        }
        else if (now - _lastLogged >= Interval)
        {
            _lastLogged = now;
            Diagnostics.CallStillFailing(logger, method, (now - since).TotalSeconds, _failures, failure.Kind, failure.Description);
        }
    }

    public void Ended()
    {
        if (_since is { } since)
        {
            Diagnostics.CallRecovered(logger, method, (timeProvider.GetUtcNow() - since).TotalSeconds, _failures);
            _since = null;
            _failures = 0;
        }
    }
}
