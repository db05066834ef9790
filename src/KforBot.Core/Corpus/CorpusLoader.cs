using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Corpus;

/// <summary>
/// Reads a corpus folder: every <c>.md</c> article and <c>.jsonl</c> bundle, plus <c>synonyms.txt</c>.
/// Loading is forgiving and loud: a bad file or line is reported with its path (and line) and skipped,
/// and the other articles are still returned.
/// </summary>
public sealed partial class CorpusLoader(ILogger<CorpusLoader> logger, IOptions<CorpusOptions>? options = null)
{
    public const string SynonymsFileName = "synonyms.txt";

    /// <summary>Starts one streaming pass over <paramref name="directory"/> (see <see cref="CorpusReading"/>).</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public CorpusReading Open(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The corpus folder '{directory}' does not exist.");
        }

        return new CorpusReading(directory, CorpusFingerprint.ListFiles(directory), (options?.Value ?? new CorpusOptions()).MaxArticleBytes);
    }

    /// <summary>Logs the problems a finished reading met, one warning each.</summary>
    public void LogProblems(CorpusReading reading)
    {
        foreach (var problem in reading.Problems)
        {
            LogProblem(logger, problem.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);
}
