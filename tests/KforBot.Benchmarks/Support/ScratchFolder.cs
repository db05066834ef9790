namespace KforBot.Benchmarks.Support;

/// <summary>The folder a benchmark writes its corpora and indexes to; a temp folder is deleted afterwards.</summary>
internal sealed class ScratchFolder : IDisposable
{
    private readonly bool _owned;

    public ScratchFolder(string? path)
    {
        _owned = path is null;
        Path = System.IO.Path.GetFullPath(path ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kforbot-bench-" + Guid.NewGuid().ToString("N")));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        if (!_owned)
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean: a temp folder that outlives the run does no harm.
        }
    }
}
