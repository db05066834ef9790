using System.Security.Cryptography;
using System.Text;

namespace KforBot.Corpus;

/// <summary>
/// One pass over a corpus folder that hands out articles as it reads them, so a reindex holds only the articles
/// in flight, never the whole corpus. Problems, the synonym list and the fingerprint of exactly the bytes read
/// are complete once <see cref="ReadArticles"/> has been enumerated to its end.
/// </summary>
public sealed class CorpusReading
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly IReadOnlyList<string> _files;
    private readonly long _maxArticleBytes;
    private readonly List<CorpusProblem> _problems = [];
    private readonly byte[] _synonymsBytes = [];
    private readonly int _markdownFiles;
    private readonly long _bundleBytes;
    private long _bundleBytesDone;
    private int _bundleLinesDone;
    private ByteLineReader? _bundleInProgress;
    private string? _fingerprint;

    internal CorpusReading(string directory, IReadOnlyList<string> files, long maxArticleBytes)
    {
        Directory = directory;
        _files = files;
        _maxArticleBytes = maxArticleBytes;
        Stamp = CorpusFingerprint.Stamp(directory);
        _markdownFiles = files.Count(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase));
        _bundleBytes = files.Where(IsBundle).Sum(f => new FileInfo(f).Length);

        // Read first, and only here: every passage is analysed with the synonyms; the pass hashes these same bytes.
        if (files.FirstOrDefault(IsSynonyms) is { } synonyms)
        {
            _synonymsBytes = File.ReadAllBytes(synonyms);
            SynonymsText = TryDecode(_synonymsBytes, synonyms, out var text) ? text : string.Empty;
        }
    }

    public string Directory { get; }

    /// <summary>The files' sizes and times, taken before reading (see <see cref="CorpusFingerprint.Stamp"/>).</summary>
    public string Stamp { get; }

    /// <summary>
    /// The articles to come, one per Markdown file and one per bundle line (an upper bound: a blank or bad line gives
    /// none). Counting a bundle's lines ahead would read it once more, so the lines of what is not read yet are
    /// estimated from its size, at the bytes per line read so far; the count is exact once every bundle is read
    /// (see <see cref="ExpectedArticlesIsEstimate"/>).
    /// </summary>
    public int ExpectedArticles
    {
        get
        {
            var lines = _bundleLinesDone + (_bundleInProgress?.LinesRead ?? 0);
            if (!ExpectedArticlesIsEstimate)
            {
                return _markdownFiles + lines;
            }

            var passed = _bundleBytesDone + (_bundleInProgress?.BytesPassed ?? 0);
            var bytesPerLine = lines == 0 ? AssumedBytesPerArticle : (double)passed / lines;
            return _markdownFiles + lines + (int)Math.Ceiling((_bundleBytes - passed) / bytesPerLine);
        }
    }

    /// <summary>Whether <see cref="ExpectedArticles"/> still estimates the lines of bundles not read to their end.</summary>
    public bool ExpectedArticlesIsEstimate => _fingerprint is null && _bundleBytesDone + (_bundleInProgress?.BytesPassed ?? 0) < _bundleBytes;

    /// <summary>A news article as a bundle line, before any line is read: only the first estimate uses it.</summary>
    private const int AssumedBytesPerArticle = 4096;

    public int FilesRead => _files.Count;

    public IReadOnlyList<CorpusProblem> Problems => _problems;

    /// <summary>The text of <c>synonyms.txt</c> (empty when there is none or it is not UTF-8), known from the start.</summary>
    public string SynonymsText { get; } = string.Empty;

    /// <summary>How many articles each file gave (files that gave none are absent).</summary>
    public Dictionary<string, int> ArticlesPerFile { get; } = new(StringComparer.Ordinal);

    /// <summary>The <see cref="CorpusFingerprint"/> of the bytes read.</summary>
    /// <exception cref="InvalidOperationException">The articles have not all been read yet.</exception>
    public string Fingerprint => _fingerprint ?? throw new InvalidOperationException("The corpus has not been read to its end yet.");

    /// <summary>
    /// Reads the files in order and yields their articles; a bad file or line is recorded and skipped. Reading is
    /// synchronous on purpose: it runs on a thread of its own beside the index writer, and buffered reads of
    /// local files gain nothing from async.
    /// </summary>
    public IEnumerable<Article> ReadArticles(CancellationToken cancellationToken)
    {
        var firstFileOfId = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        CorpusFingerprint.AddHeader(fingerprint);
        foreach (var path in _files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var content = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var (articles, length) = IsBundle(path)
                ? ReadBundle(path, content, cancellationToken)
                : ReadWholeFile(path, content, cancellationToken);
            foreach (var article in articles)
            {
                if (firstFileOfId.TryGetValue(article.Id, out var first))
                {
                    // Both files are named on both sides: an operator who edits the skipped copy would otherwise
                    // wonder why the index never changes.
                    _problems.Add(new CorpusProblem(first, null, $"duplicate id '{article.Id}': this file's article was kept and the one in {path} was skipped (the first file in path order wins)", Skipped: false));
                    _problems.Add(new CorpusProblem(path, null, $"duplicate id '{article.Id}': skipped, because {first} has an article with the same id and was kept (the first file in path order wins)", Skipped: true));
                    continue;
                }

                firstFileOfId[article.Id] = path;
                ArticlesPerFile[path] = ArticlesPerFile.GetValueOrDefault(path) + 1;
                yield return article;
            }

            CorpusFingerprint.AddFile(fingerprint, Path.GetFileName(path), length(), content.GetHashAndReset());
        }

        _fingerprint = Convert.ToHexStringLower(fingerprint.GetHashAndReset());
    }

    private (IEnumerable<Article> Articles, Func<long> Length) ReadBundle(string path, IncrementalHash content, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var lines = new ByteLineReader(stream, content, _maxArticleBytes);
        return (Articles(), () => lines.BytesRead);

        IEnumerable<Article> Articles()
        {
            _bundleInProgress = lines;
            using (stream)
            {
                foreach (var article in JsonlBundleReader.Read(lines, path, _problems, _maxArticleBytes))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return article;
                }
            }

            _bundleLinesDone += lines.LinesRead;
            _bundleBytesDone += lines.BytesRead;
            _bundleInProgress = null;
        }
    }

    private (IEnumerable<Article> Articles, Func<long> Length) ReadWholeFile(string path, IncrementalHash content, CancellationToken cancellationToken)
    {
        if (IsSynonyms(path))
        {
            content.AppendData(_synonymsBytes);
            return ([], () => _synonymsBytes.Length);
        }

        var size = new FileInfo(path).Length;
        if (size > _maxArticleBytes)
        {
            _problems.Add(new CorpusProblem(path, null, ArticleSize.TooLarge(size, _maxArticleBytes), Skipped: true));
            return ([], () => HashUnread(path, content, cancellationToken));
        }

        var bytes = File.ReadAllBytes(path);
        content.AppendData(bytes);
        if (!TryDecode(bytes, path, out var text))
        {
            return ([], () => bytes.Length);
        }

        try
        {
            return ([MarkdownArticleParser.Parse(text, path, Path.GetFileNameWithoutExtension(path), _problems)], () => bytes.Length);
        }
        catch (ArticleParseException e)
        {
            _problems.Add(new CorpusProblem(path, e.Line, e.Message, Skipped: true));
            return ([], () => bytes.Length);
        }
    }

    private static bool IsBundle(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static bool IsSynonyms(string path) => Path.GetFileName(path).Equals(CorpusLoader.SynonymsFileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Feeds a skipped file to the fingerprint a buffer at a time, so that a change to it still changes the corpus.</summary>
    private static long HashUnread(string path, IncrementalHash content, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        long length = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            content.AppendData(buffer, 0, read);
            length += read;
        }

        return length;
    }

    private bool TryDecode(byte[] bytes, string path, out string text)
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
            _problems.Add(new CorpusProblem(path, line, $"the file is not valid UTF-8 (bad byte at offset {offset}); save it as UTF-8", Skipped: true));
            text = string.Empty;
            return false;
        }
    }
}
