using System.ComponentModel.DataAnnotations;

namespace KforBot.Search;

/// <summary>Where the index lives (section <c>Index</c>).</summary>
public sealed class IndexOptions
{
    public const string SectionName = "Index";

    /// <summary>
    /// The index folder (Lucene index, passage vectors and the embedding cache, one generation at a time). Default
    /// <c>data/index</c>, relative to the working folder. A path that holds anything else is refused, never overwritten.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Index:Path must name the index folder, e.g. data/index.")]
    public string Path { get; set; } = "data/index";
}
