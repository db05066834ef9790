using System.ComponentModel.DataAnnotations;

namespace KforBot.Search;

/// <summary>Where the index lives (section <c>Index</c>).</summary>
public sealed class IndexOptions
{
    public const string SectionName = "Index";

    /// <summary>The index file. Default <c>data/index.db</c>, relative to the working folder.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Index:Path must name the index file, e.g. data/index.db.")]
    public string Path { get; set; } = "data/index.db";

    /// <summary>How many passages the engine proposes for our ranking to reorder. Default 100.</summary>
    [Range(10, 10_000, ErrorMessage = "Index:CandidateCount must be between 10 and 10000.")]
    public int CandidateCount { get; set; } = 100;
}
