namespace KforBot.Tests.Support;

/// <summary>A test class whose every test gets a fresh <see cref="TempFolder"/>, deleted after the test.</summary>
public abstract class FolderTest : IDisposable
{
    protected TempFolder Folder { get; } = new();

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
