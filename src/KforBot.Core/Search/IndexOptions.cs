using System.ComponentModel.DataAnnotations;

namespace KforBot.Search;

/// <summary>Where the index lives (section <c>Index</c>).</summary>
public sealed class IndexOptions
{
    public const string SectionName = "Index";

    /// <summary>The index file. Default <c>data/index.db</c>, relative to the working folder.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Index:Path must name the index file, e.g. data/index.db.")]
    public string Path { get; set; } = "data/index.db";

    /// <summary>How many articles the engine proposes for a question; all their passages are ranked. Default 30.</summary>
    [Range(5, 10_000, ErrorMessage = "Index:CandidateArticles must be between 5 and 10000.")]
    public int CandidateArticles { get; set; } = 30;
}
