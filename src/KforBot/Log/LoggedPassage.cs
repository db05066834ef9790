using System.Text.Json.Serialization;
using KforBot.Answering;

namespace KforBot.Log;

/// <summary>
/// A passage an answer showed: where it is in its article and, since the log records them, its text and citation as
/// the user saw them, so a moderator reads what was shown even after the corpus or the index has changed.
/// </summary>
/// <param name="ArticleId">The article it comes from.</param>
/// <param name="Position">0-based position of the passage within its article.</param>
/// <param name="Score">The passage's score in that answer.</param>
internal sealed record LoggedPassage(string ArticleId, int Position, double Score)
{
    /// <summary>The passage's verbatim text; null in entries logged before the log recorded it.</summary>
    public string? Text { get; init; }

    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public DateOnly? Published { get; init; }

    public Uri? Url { get; init; }

    /// <summary>The citation the user saw, when the entry records it.</summary>
    [JsonIgnore]
    public Citation? Citation => Title is null ? null : new Citation(ArticleId, Title, Outlet ?? string.Empty, Published, Url);

    public static LoggedPassage Of(QuotedPassage quoted) => new(quoted.Citation.ArticleId, quoted.Position, quoted.Score)
    {
        Text = quoted.Text,
        Title = quoted.Citation.Title,
        Outlet = quoted.Citation.Outlet,
        Published = quoted.Citation.Published,
        Url = quoted.Citation.Url,
    };
}
