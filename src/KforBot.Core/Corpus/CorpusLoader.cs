using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace KforBot.Corpus;

/// <summary>
/// Reads a corpus folder: every <c>.md</c> article and <c>.jsonl</c> bundle, plus <c>synonyms.txt</c>.
/// Loading is forgiving and loud: a bad file or line is reported with its path (and line) and skipped,
/// and the other articles are still returned.
/// </summary>
public sealed partial class CorpusLoader(ILogger<CorpusLoader> logger)
{
    public const string SynonymsFileName = "synonyms.txt";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads every article of <paramref name="directory"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public async Task<CorpusLoadResult> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The corpus folder '{directory}' does not exist.");
        }

        var articles = new List<Article>();
        var problems = new List<CorpusProblem>();
        var firstFileOfId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var synonyms = string.Empty;
        var files = CorpusFingerprint.ListFiles(directory);
        using var fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        CorpusFingerprint.AddHeader(fingerprint);

        foreach (var path in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            CorpusFingerprint.AddFile(fingerprint, Path.GetFileName(path), bytes);
            if (!TryDecode(bytes, path, problems, out var text))
            {
                continue;
            }

            if (Path.GetFileName(path).Equals(SynonymsFileName, StringComparison.OrdinalIgnoreCase))
            {
                synonyms = text;
                continue;
            }

            foreach (var article in ReadArticles(path, text, problems))
            {
                if (firstFileOfId.TryGetValue(article.Id, out var first))
                {
                    Report(problems, new CorpusProblem(path, null, $"duplicate id '{article.Id}': already used by {first}", Skipped: true));
                    continue;
                }

                firstFileOfId[article.Id] = path;
                articles.Add(article);
            }
        }

        foreach (var problem in problems)
        {
            LogProblem(logger, problem.ToString());
        }

        return new CorpusLoadResult(articles, problems, synonyms, files.Count)
        {
            Fingerprint = Convert.ToHexStringLower(fingerprint.GetHashAndReset()),
        };
    }

    private static IEnumerable<Article> ReadArticles(string path, string text, List<CorpusProblem> problems)
    {
        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            return JsonlBundleReader.Read(text, path, problems);
        }

        try
        {
            var defaultId = Path.GetFileNameWithoutExtension(path);
            return [MarkdownArticleParser.Parse(text, path, defaultId, problems)];
        }
        catch (ArticleParseException e)
        {
            Report(problems, new CorpusProblem(path, e.Line, e.Message, Skipped: true));
            return [];
        }
    }

    private static bool TryDecode(byte[] bytes, string path, List<CorpusProblem> problems, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Clamp(e.Index, 0, bytes.Length);
            var line = 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
            Report(problems, new CorpusProblem(path, line, $"the file is not valid UTF-8 (bad byte at offset {offset}); save it as UTF-8", Skipped: true));
            text = string.Empty;
            return false;
        }
    }

    private static void Report(List<CorpusProblem> problems, CorpusProblem problem) => problems.Add(problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Corpus: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);
}
