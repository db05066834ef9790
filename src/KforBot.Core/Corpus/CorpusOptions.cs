using System.ComponentModel.DataAnnotations;

namespace KforBot.Corpus;

/// <summary>Where the articles are (section <c>Corpus</c>).</summary>
public sealed class CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>
    /// The corpus folder. Default <c>corpus</c>: the folder of that name in the working folder, or else the
    /// copy of the seed corpus that ships beside the executable.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Corpus:Directory must name the folder that holds the articles, e.g. corpus.")]
    public string Directory { get; set; } = "corpus";

    /// <summary>
    /// The largest article read, in bytes: a Markdown file or a bundle line over it is reported as skipped, unread.
    /// Default 2 MB (2,097,152), some hundred times a long news article.
    /// </summary>
    [Range(1024, 1L << 30, ErrorMessage = "Corpus:MaxArticleBytes must be a number of bytes from 1024 to 1073741824, e.g. 2097152 (2 MB).")]
    public long MaxArticleBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The folder to read: <see cref="Directory"/>, falling back to the shipped copy for a relative path that does not exist.</summary>
    public string ResolveDirectory()
    {
        if (Path.IsPathRooted(Directory) || System.IO.Directory.Exists(Directory))
        {
            return Path.GetFullPath(Directory);
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, Directory);
        return System.IO.Directory.Exists(shipped) ? shipped : Path.GetFullPath(Directory);
    }
}
