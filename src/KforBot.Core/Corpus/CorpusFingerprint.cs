using System.Security.Cryptography;
using System.Text;

namespace KforBot.Corpus;

/// <summary>
/// A hash of every corpus file's name and bytes: when it differs from the one stored in the index,
/// the index was built from another corpus and must be rebuilt.
/// </summary>
public static class CorpusFingerprint
{
    /// <summary>
    /// Part of every fingerprint: raise it whenever passage splitting or indexing changes, so that every
    /// existing index is rebuilt on the next start.
    /// </summary>
    internal const string AnalysisVersion = "analysis-v2";

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
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddHeader(hash);
        foreach (var file in ListFiles(directory))
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            AddFile(hash, Path.GetFileName(file), bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    internal static void AddHeader(IncrementalHash hash) => hash.AppendData(Encoding.UTF8.GetBytes(AnalysisVersion + "\n"));

    internal static void AddFile(IncrementalHash hash, string name, byte[] bytes)
    {
        hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{bytes.Length}\n"));
        hash.AppendData(SHA256.HashData(bytes));
    }
}
