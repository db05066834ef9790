namespace KforBot.Answering;

/// <summary>The articles the bot can quote, for "/sources".</summary>
public interface ISourceCatalog
{
    /// <summary>Every indexed article's citation, newest first (undated last), then by title.</summary>
    Task<IReadOnlyList<Citation>> ListAsync(CancellationToken cancellationToken);
}
