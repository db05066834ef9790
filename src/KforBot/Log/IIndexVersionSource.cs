namespace KforBot.Log;

/// <summary>Names the index build that answers questions now, for the log (so an answer can be replayed).</summary>
internal interface IIndexVersionSource
{
    string Current { get; }
}

/// <summary>Used until the index names its builds: every entry says "unknown".</summary>
internal sealed class UnknownIndexVersion : IIndexVersionSource
{
    public string Current => "unknown";
}
