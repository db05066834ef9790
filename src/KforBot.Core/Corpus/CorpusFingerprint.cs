using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KforBot.Corpus;

/// <summary>
/// A hash of every corpus file's name and bytes: when it differs from the one stored in the index,
/// the index was built from another corpus and must be rebuilt. Reading every byte of a large corpus takes
/// time at start-up, so the index also stores each file's size and modification time (<see cref="Stamp"/>):
/// while those are unchanged, the stored fingerprint is trusted without reading the files again.
/// </summary>
internal static class CorpusFingerprint
{
    /// <summary>
    /// Part of every fingerprint: raise it whenever passage splitting or indexing changes, so that every
    /// existing index is rebuilt on the next start.
    /// </summary>
    internal const string AnalysisVersion = "analysis-v3";

    /// <summary>The corpus files that count: articles, bundles and the synonym list.</summary>
    public static bool IsCorpusFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
            || name.Equals(CorpusLoader.SynonymsFileName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Lists the corpus files of a folder in a stable order.</summary>
    public static IReadOnlyList<string> ListFiles(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.TopDirectoryOnly)
            .Where(IsCorpusFile)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Reads a corpus folder and returns its fingerprint.</summary>
    public static async Task<string> ComputeAsync(string directory, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddHeader(hash);
        var buffer = new byte[1 << 16];
        foreach (var file in ListFiles(directory))
        {
            using var content = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long length = 0;
            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    content.AppendData(buffer, 0, read);
                    length += read;
                }
            }

            AddFile(hash, Path.GetFileName(file), length, content.GetHashAndReset());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The size and modification time of every corpus file, one line each: equal stamps mean the files were not
    /// touched since the index was built (a file rewritten with other bytes gets a new modification time).
    /// </summary>
    public static string Stamp(string directory)
    {
        var text = new StringBuilder();
        foreach (var file in ListFiles(directory))
        {
            var info = new FileInfo(file);
            text.Append(CultureInfo.InvariantCulture, $"{info.Name}\t{info.Length}\t{info.LastWriteTimeUtc.Ticks}\n");
        }

        return text.ToString();
    }

    /// <summary>Whether two <see cref="Stamp"/>s name the same files with the same sizes (their times aside).</summary>
    public static bool SameFilesAndSizes(string stamp, string other) =>
        WithoutTimes(stamp).SequenceEqual(WithoutTimes(other), StringComparer.Ordinal);

    private static IEnumerable<string> WithoutTimes(string stamp) =>
        stamp.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line[..line.LastIndexOf('\t')]);

    internal static void AddHeader(IncrementalHash hash) => hash.AppendData(Encoding.UTF8.GetBytes(AnalysisVersion + "\n"));

    internal static void AddFile(IncrementalHash hash, string name, byte[] bytes) => AddFile(hash, name, bytes.Length, SHA256.HashData(bytes));

    /// <param name="hash">The corpus fingerprint being built.</param>
    /// <param name="name">The file's name.</param>
    /// <param name="length">How many bytes the file has.</param>
    /// <param name="contentSha256">The SHA-256 of the file's bytes.</param>
    internal static void AddFile(IncrementalHash hash, string name, long length, byte[] contentSha256)
    {
        hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{length}\n"));
        hash.AppendData(contentSha256);
    }
}
