namespace KforBot.Corpus;

/// <summary>Something wrong with one corpus file (or one line of a bundle).</summary>
/// <param name="Path">The file, as given to the loader.</param>
/// <param name="Line">The 1-based line the problem is on, when it has one.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Skipped">True when the article was left out of the index; false for a warning.</param>
public sealed record CorpusProblem(string Path, int? Line, string Message, bool Skipped)
{
    public override string ToString()
    {
        var where = Line is { } line ? $"{Path}:{line}" : Path;
        var what = Skipped ? "skipped" : "warning";
        return $"{where}: {what}: {Message}";
    }
}
